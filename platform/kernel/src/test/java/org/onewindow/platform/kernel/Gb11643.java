package org.onewindow.platform.kernel;

/** The test's own ISO 7064 MOD 11-2, written from the standard, so production code is not checked against itself. */
final class Gb11643 {

    private Gb11643() {
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11; // W_i = 2^(i-1) mod 11, positions counted from the right
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}

package org.onewindow.platform.objectstore;

/** The keys we accept: relative, printable, no empty or dot segments, short enough for S3's 1024-byte limit. */
final class ObjectKeys {

    static final int MAX_LENGTH = 900;

    private ObjectKeys() {
    }

    static String check(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("object key must not be blank");
        }
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("object key longer than " + MAX_LENGTH + " characters");
        }
        if (key.startsWith("/") || key.endsWith("/") || key.contains("//") || key.contains("\\")) {
            throw new IllegalArgumentException("object key must be a relative path without empty segments: " + key);
        }
        for (String segment : key.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("object key must not contain . or .. segments: " + key);
            }
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                throw new IllegalArgumentException("object key must not contain control characters");
            }
        }
        return key;
    }

    /** A list prefix: "" or a relative path, may end with '/'. */
    static String checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        return check(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix)
                + (prefix.endsWith("/") ? "/" : "");
    }
}

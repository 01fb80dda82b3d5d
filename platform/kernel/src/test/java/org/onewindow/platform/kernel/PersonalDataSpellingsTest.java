package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spellings people write in notes, reasons and comments: a table the masker must mask (written as the
 * expected masked text) and a table it must leave alone. Columns are separated by {@code |}.
 */
class PersonalDataSpellingsTest {

    @ParameterizedTest(name = "masks [{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            13987654321                          | 139****4321
            139-8765-4321                        | 139-****-4321
            139 8765 4321                        | 139 **** 4321
            139.8765.4321                        | 139.****.4321
            139 - 8765 - 4321                    | 139 - **** - 4321
            1398-765-4321                        | 139*-***-4321
            １３９８７６５４３２１                   | １３９****４３２１
            １３９－８７６５－４３２１                 | １３９－****－４３２１
            １３９ 8765 ４３２１                    | １３９ **** ４３２１
            +86 139 8765 4321                    | +86 139 **** 4321
            +86-139-8765-4321                    | +86-139-****-4321
            +8613987654321                       | +86139****4321
            008613987654321                      | 0086139****4321
            (+86)13987654321                     | (+86)139****4321
            电话13987654321请回电                  | 电话139****4321请回电
            tel:139　8765　4321,                  | tel:139　****　4321,
            11010519491231002X                   | 110***********002X
            11010519491231002x                   | 110***********002x
            110105 19491231 002X                 | 110*** ******** 002X
            110105 1949 1231 002x                | 110*** **** **** 002x
            110105-19491231-0021                 | 110***-********-0021
            1101 0519 4912 3100 2X               | 110* **** **** **00 2X
            １１０１０５１９４９１２３１００２Ｘ        | １１０***********００２Ｘ
            １１０１０５１９４９１２３１００２ｘ        | １１０***********００２ｘ
            110105１９４９１２３１002X             | 110***********002X
            身份证110105194912310039号             | 身份证110***********0039号
            "call 13812345678, id 11010519491231002X" | "call 138****5678, id 110***********002X"
            "13812345678 13912345678"            | "138****5678 139****5678"
            case 330100-20260105-000123 phone 139 8765 4321 | case 330100-20260105-000123 phone 139 **** 4321
            """)
    void masks_what_people_write(String written, String masked) {
        assertThat(PersonalData.maskText(written)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "leaves [{0}] alone")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            case 330100-20260105-000123
            licence 330100-SP-001
            food licence JY13301000012345
            "不动产权第0012345号, 浙(2026)杭州市"
            date 2026-12-04
            date 20261204
            "date 2026.12.04, time 13:45:00"
            "2026年12月04日 13时45分"
            USCC 91350100M000100Y43
            USCC 913501001234567890
            amount 1234567.89
            "amount 1,234,567.89"
            "amount 13,987,654,321.00 yuan"
            item code 330100-XK-0001-01
            timestamp 1767225600000
            snowflake 1234567890123456789
            order 20261204123456789012
            landline 0591-87654321
            reference 12812345678
            ip 192.168.100.123
            version 2.13.8
            "12:30, 13:45, 2026-12-04T13:45:00+08:00"
            """)
    void leaves_other_numbers_alone(String text) {
        assertThat(PersonalData.maskText(text)).isEqualTo(text);
    }

    @Test
    void masking_keeps_the_length_so_field_limits_still_hold() {
        String note = "请联系 １３９－８７６５－４３２１ 或 110105 19491231 002X";
        assertThat(PersonalData.maskText(note)).hasSameSizeAs(note).doesNotContain("８７６５", "19491231");
    }

    @Test
    void runs_in_linear_time_on_hostile_text() {
        // long chains of separated digits, almost-numbers and lone Xs: each group starts one bounded window
        String[] hostile = {"1 ".repeat(200_000), "1-3-".repeat(100_000), "1X".repeat(200_000),
                "13812345678".repeat(40_000), "１ ".repeat(200_000), "0086".repeat(100_000)};
        for (String text : hostile) {
            long started = System.nanoTime();
            String masked = PersonalData.maskText(text);
            assertThat(masked).hasSameSizeAs(text);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void never_leaves_an_inserted_number_readable() {
        long seed = Long.getLong("masking.seed", System.nanoTime());
        System.out.println("PersonalDataSpellingsTest seed (rerun with -Dmasking.seed=" + seed + ")");
        Random random = new Random(seed);
        String[] separators = {"", " ", "-", ".", "－", "　", " - "};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder mobile = new StringBuilder("1").append(3 + random.nextInt(7));
            for (int k = 0; k < 9; k++) {
                mobile.append(random.nextInt(10));
            }
            String sep = separators[random.nextInt(separators.length)];
            String written = mobile.substring(0, 3) + sep + mobile.substring(3, 7) + sep + mobile.substring(7);
            if (random.nextBoolean()) {
                written = fullWidth(written);
            }
            String text = "第" + round + "号 意见: 联系人 " + written + " 于 2026-12-04 来电";
            String masked = PersonalData.maskText(text);
            assertThat(masked).as("seed %d: %s", seed, text).doesNotContain(written)
                    .contains("2026-12-04").hasSameSizeAs(text);
        }
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c);
        }
        return out.toString();
    }
}

package org.onewindow.review.licences.adapters.pdf;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;

import org.onewindow.review.licences.domain.LicenceContent;

/**
 * Not a test: CPU and heap allocation of one licence render, on this thread, in rounds of {@code args[0]} renders
 * (default 200), each licence with another number and holder. The command and the figures are in
 * docs/benchmarks.md ("A licence's font cut to its characters").
 */
public final class LicencePdfBenchmark {

    public static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        LicencePdf pdf = new LicencePdf(CjkFonts.load(null));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long bytes = 0;
            for (int i = 0; i < renders; i++) {
                bytes += pdf.render(content(i)).length;
            }
            System.out.printf("round %d: %.2f ms CPU, %d KB allocated, %d bytes of PDF per licence%n", round,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / renders,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) / 1024 / renders, bytes / renders);
        }
    }

    private static LicenceContent content(int i) {
        String number = "330100-SP-001-2026-" + (100_000 + i);
        return new LicenceContent(number, "330100-SP-001", "食品经营许可", "杭州市西湖区味道餐饮有限公司" + (char) ('甲' + i % 50),
                "9133***********45X", "SCJGJ", LocalDate.of(2026, 3, 20), LocalDate.of(2031, 3, 20),
                LocalDate.of(2026, 3, 23), "K7QW3MZP9XTD5RBA",
                "https://www.example.gov.cn/api/review/v1/licences/" + number + "?code=K7QW3MZP9XTD5RBA");
    }

    private LicencePdfBenchmark() {
    }
}

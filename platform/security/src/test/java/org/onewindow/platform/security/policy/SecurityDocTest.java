package org.onewindow.platform.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.security.Role;

/** docs/security.md shows the policy table as it is: the generated table between the markers equals the CSV's. */
class SecurityDocTest {

    private static final Path DOC = Path.of("..", "..", "docs", "security.md");

    @Test
    void the_docs_policy_table_is_the_csvs() throws Exception {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        AccessPolicy policy = new AccessPolicyLoader(Set.copyOf(roles)).loadDefault(getClass().getClassLoader());
        String expected = PolicyMarkdown.table(policy, roles);

        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(PolicyMarkdown.BEGIN);
        int end = doc.indexOf(PolicyMarkdown.END);
        assertThat(begin).as("begin marker in " + DOC).isNotNegative();
        assertThat(end).as("end marker in " + DOC).isGreaterThan(begin);
        String documented = doc.substring(begin + PolicyMarkdown.BEGIN.length(), end).strip();

        assertThat(documented).as("docs/security.md \"Access policy\"; paste the expected text").isEqualTo(expected.strip());
        assertThat(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()))
                .allSatisfy(role -> assertThat(doc).contains(role));
    }
}

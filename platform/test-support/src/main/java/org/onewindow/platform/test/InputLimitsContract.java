package org.onewindow.platform.test;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's input-limit gate of one service, in whatever test context the service's class already starts (an
 * interface, so a class that extends the service's integration-test base can take it too): the class supplies a
 * static {@code badBodies()} of {@link BadInput.Post} rows and the tables a refusal must leave as they were; each
 * row is POSTed and must be a 422 naming the field and the rule, with nothing written.
 */
public interface InputLimitsContract {

    /** What a refused request must leave as it was: the rows of these tables are counted before and after. */
    List<String> untouchedTables();

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    default void bad_input_is_a_422_naming_the_field_and_nothing_is_written(BadInput.Post post, @Autowired MockMvc mvc,
                                                                            @Autowired JdbcClient jdbc) throws Exception {
        post.expectRefusalWritingNothing(mvc, jdbc, untouchedTables());
    }
}

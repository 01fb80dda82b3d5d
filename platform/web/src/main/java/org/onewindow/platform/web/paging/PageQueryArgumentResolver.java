package org.onewindow.platform.web.paging;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.web.problems.InvalidRequest;
import org.onewindow.platform.web.problems.ProblemError;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a {@link PageQuery} controller parameter from {@code ?page=&size=}. */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        List<ProblemError> errors = new ArrayList<>();
        int page = parse(request.getParameter(PageQuery.PAGE), 0, PageQuery.PAGE, errors);
        int size = parse(request.getParameter(PageQuery.SIZE), PageQuery.DEFAULT_SIZE, PageQuery.SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new PageQuery(page, size);
    }

    private static int parse(String raw, int defaultValue, String name, List<ProblemError> errors) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(new ProblemError(name, "type-mismatch", "must be a whole number"));
            return defaultValue;
        }
    }
}

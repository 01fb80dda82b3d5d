package org.onewindow.platform.web.openapi;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;

import org.onewindow.platform.web.paging.PageQuery;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** Documents a {@link PageQuery} method parameter as the two query parameters it is read from. */
public class PageQueryOperationCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean paged = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(p -> PageQuery.class.equals(p.getParameterType()));
        if (paged) {
            operation.addParametersItem(new QueryParameter().name(PageQuery.PAGE)
                    .description("page number, from 0")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0)));
            operation.addParametersItem(new QueryParameter().name(PageQuery.SIZE)
                    .description("items per page, 1.." + PageQuery.MAX_SIZE)
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))._default(PageQuery.DEFAULT_SIZE)));
        }
        return operation;
    }
}

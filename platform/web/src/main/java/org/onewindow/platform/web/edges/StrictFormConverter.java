package org.onewindow.platform.web.edges;

import java.io.IOException;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.MultiValueMap;

/**
 * The form reader of Spring's {@code FormContentFilter} (PUT, PATCH and DELETE forms): a malformed percent-escape
 * in the body makes {@code URLDecoder} throw an {@link IllegalArgumentException}, which would be a 500; here it is
 * an unreadable body, which {@link ClientFaults} answers with 400.
 */
public class StrictFormConverter extends FormHttpMessageConverter {

    @Override
    public MultiValueMap<String, String> read(Class<? extends MultiValueMap<String, ?>> clazz,
            HttpInputMessage inputMessage) throws IOException, HttpMessageNotReadableException {
        try {
            return super.read(clazz, inputMessage);
        } catch (IllegalArgumentException e) {
            throw new HttpMessageNotReadableException("malformed form body", e, inputMessage);
        }
    }
}

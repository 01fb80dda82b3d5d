package org.onewindow.platform.kernel;

/** No such resource (HTTP 404). {@code resource} is a kind ("case", "item"), {@code id} its identifier. */
public class NotFound extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFound(String resource, String id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}

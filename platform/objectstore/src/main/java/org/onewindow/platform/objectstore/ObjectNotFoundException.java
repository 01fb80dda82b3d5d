package org.onewindow.platform.objectstore;

/** No object under the key: for a document whose metadata exists, the store lost it (or an orphan job erred). */
public class ObjectNotFoundException extends ObjectStoreException {

    private final String key;

    public ObjectNotFoundException(String key, Throwable cause) {
        super("No object under key " + key, cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}

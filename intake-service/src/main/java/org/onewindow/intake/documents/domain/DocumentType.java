package org.onewindow.intake.documents.domain;

/**
 * The file types a material may be: decided from the bytes (platform/objectstore's {@code ContentSniffer}), never
 * from the name or the client's Content-Type. OFD is GB/T 33190 版式文档.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    OFD("application/ofd", "ofd");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}

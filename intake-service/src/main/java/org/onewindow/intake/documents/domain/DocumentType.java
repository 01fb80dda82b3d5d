package org.onewindow.intake.documents.domain;

import org.onewindow.platform.objectstore.ContentSniffer;

/**
 * The file types a material may be: decided from the bytes (platform/objectstore's {@code ContentSniffer}), never
 * from the name or the client's Content-Type. OFD is GB/T 33190 版式文档. The sniffer's type says the media type
 * and extension, so they are written in one place.
 */
public enum DocumentType {
    PDF, JPEG, PNG, OFD;

    public String mediaType() {
        return sniffed().mediaType();
    }

    public String extension() {
        return sniffed().extension();
    }

    private ContentSniffer.Type sniffed() {
        return ContentSniffer.Type.valueOf(name());
    }
}

package org.onewindow.intake.documents.domain;

/** What a document's commands announce; the contract mapper turns it into {@code intake.MaterialsUpdated}. */
public sealed interface DocumentEvent {

    /** The document was attached or pre-reviewed: its state as it now is. */
    record Updated(Document.Snapshot document) implements DocumentEvent {
    }
}

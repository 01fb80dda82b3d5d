package org.onewindow.intake.documents.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onewindow.intake.documents.domain.Document;
import org.onewindow.platform.commands.AggregateStore;

/** Documents' persistence (table {@code document}); writes only through the command path. */
public interface DocumentStore extends AggregateStore<UUID, Document> {

    Optional<Document> find(UUID id);

    /** Every version of one material of a case, oldest first. */
    List<Document> versions(String caseNumber, String materialCode);

    /** Every document of a case, by material then version. */
    List<Document> ofCase(String caseNumber);

    /** The newest version of each material of a case that has documents, by material code. */
    Map<String, Document> newestPerMaterial(String caseNumber);

    /** A document of that material with that content, if one was attached before (a duplicate upload). */
    Optional<Document> withContent(String caseNumber, String materialCode, String sha256);

    /** The version the next file of the material gets (1 for the first). */
    int nextDocVersion(String caseNumber, String materialCode);

    /** Bytes and count of every version stored for a case. */
    Usage usage(String caseNumber);

    /** The newest electronic licence document of a case ({@code kind = LICENCE}), if review issued one. */
    Optional<Document> licenceOf(String caseNumber);

    /** Those of {@code keys} that a document row refers to. */
    Set<String> referenced(Collection<String> keys);

    record Usage(long bytes, int documents) {
    }
}

package org.onewindow.rating.ratings;

/** What an intake event tells rating about a case: who may rate it and what statistics group it by. */
public record CaseFacts(String caseNumber, String itemCode, String implementingDepartment, String centreCode,
                        String applicantUserId, String agentUserId) {
}

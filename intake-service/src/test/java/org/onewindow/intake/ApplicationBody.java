package org.onewindow.intake;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.kernel.ResidentId;

/**
 * The JSON a window clerk submits, read like the domain: by default 张三 with a valid resident ID and a phone,
 * every material listed as handed in, no delivery and no applicant account.
 */
public final class ApplicationBody {

    /** A resident ID whose check character is right. */
    public static final String VALID_ID = "11010519491231002" + ResidentId.checkCharacter("11010519491231002");
    public static final String PHONE = "13812345678";

    private final String itemCode;
    private String idNumber = VALID_ID;
    private final List<String> materials = new ArrayList<>();
    private String delivery;
    private String applicantUserId;

    private ApplicationBody(String itemCode) {
        this.itemCode = itemCode;
    }

    public static ApplicationBody forItem(String itemCode) {
        return new ApplicationBody(itemCode);
    }

    public ApplicationBody idNumber(String number) {
        idNumber = number;
        return this;
    }

    /** Materials handed in, in this order. */
    public ApplicationBody provided(String... codes) {
        for (String code : codes) {
            materials.add("{\"code\":\"%s\",\"provided\":true}".formatted(code));
        }
        return this;
    }

    /** Materials listed as not handed in. */
    public ApplicationBody missing(String... codes) {
        for (String code : codes) {
            materials.add("{\"code\":\"%s\",\"provided\":false}".formatted(code));
        }
        return this;
    }

    public ApplicationBody pickedUpAtTheWindow() {
        delivery = "{\"method\":\"WINDOW_PICKUP\"}";
        return this;
    }

    public ApplicationBody mailedTo(String address) {
        delivery = "{\"method\":\"MAIL\",\"address\":\"%s\"}".formatted(address);
        return this;
    }

    public ApplicationBody forApplicant(String userId) {
        applicantUserId = userId;
        return this;
    }

    public String json() {
        return """
                {"itemCode":"%s","applicant":{"kind":"PERSON","name":"张三","idNumber":"%s","phone":"%s"},
                 "materials":[%s]%s%s}""".formatted(itemCode, idNumber, PHONE, String.join(",", materials),
                delivery == null ? "" : ",\"delivery\":" + delivery,
                applicantUserId == null ? "" : ",\"applicantUserId\":\"" + applicantUserId + "\"");
    }
}

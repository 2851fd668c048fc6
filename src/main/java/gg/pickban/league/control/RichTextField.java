package gg.pickban.league.control;

import gg.pickban.league.entity.RichText;
import gg.pickban.platform.control.Input;

/**
 * A sanitised text field (docs/api.md §2, request bodies). The limit applies to what was sent, as in DRF, and
 * again to what will be stored: escaping can lengthen a text, and the column holds no more.
 */
final class RichTextField {

    private RichTextField() {
    }

    /** The cleaned text, or null when the key is absent or its value was refused. */
    static RichText read(Input in, String key, int maxLength) {
        String raw = in.field(key).allowBlank().maxLength(maxLength).string();
        if (raw == null) {
            return null;
        }
        RichText clean = RichText.sanitised(raw);
        if (clean.length() > maxLength) {
            in.error(key, "Ensure this field has no more than " + maxLength + " characters.");
        }
        return clean;
    }
}

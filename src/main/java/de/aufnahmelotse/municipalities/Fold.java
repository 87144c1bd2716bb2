package de.aufnahmelotse.municipalities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name folding for search. {@link #strict} spells umlauts out (ä → ae, ß → ss), drops other accents and punctuation;
 * {@link #loose} also merges the spelled-out forms with the plain vowel (ae/oe/ue → a/o/u, ss → s), so that
 * "Gölzow", "Goelzow" and "golzow" all find Golzow.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    public static String strict(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String plain = ascii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        StringBuilder b = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    public static String loose(String s) {
        return strict(s).replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("ss", "s");
    }
}

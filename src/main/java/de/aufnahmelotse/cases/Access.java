package de.aufnahmelotse.cases;

/**
 * Who asks for a case. Today a case is reachable only with its access key; an organisation account (OIDC, a later
 * issue) becomes another permitted kind here — the routes stay as they are, only how the controller builds an
 * {@code Access} from the request and {@link AccessKeys#permits} grow.
 */
public sealed interface Access {
    /** The bearer access key given when the case was created. */
    record Key(String secret) implements Access {
        @Override
        public String toString() {
            return "Key[***]"; // never in a log
        }
    }

    /** Nothing was presented. */
    record None() implements Access {
    }

    static Access none() {
        return new None();
    }
}

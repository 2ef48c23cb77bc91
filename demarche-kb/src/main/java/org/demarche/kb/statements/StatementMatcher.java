package org.demarche.kb.statements;

/** Stand-in: equal, or one contains the other and is at least half as long. */
public final class StatementMatcher {
    public boolean sameStatement(StatementFingerprint a, StatementFingerprint b) {
        String x = a.normalized();
        String y = b.normalized();
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() * 2 >= longer.length();
    }

    public boolean reports(StatementFingerprint indirect, StatementFingerprint direct) {
        return sameStatement(indirect, direct);
    }
}

package org.demarche.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.article.Span;
import org.demarche.lang.Lexicon;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.mentions.Mention;
import org.demarche.mentions.MentionType;
import org.demarche.pipeline.Document;

/**
 * The people and organizations of one article. Full names found in the text become entities; a surname alone
 * or a spelling variant ("Polyanskiy" beside "Polyansky", "Sergei" beside "Sergey") joins the entity whose
 * surname key it shares, so every mention leads to one canonical name.
 */
public final class ArticlePeople {
    /** One person or organization while the article is read. */
    public static final class Entity {
        private final boolean organization;
        private String name;
        private String givenKey;
        private final String surnameKey;
        private Gender gender;
        private final Set<String> roles = new LinkedHashSet<>();
        private final Set<String> variants = new LinkedHashSet<>();
        private final List<Mention> mentions = new ArrayList<>();
        private boolean confirmed;

        Entity(boolean organization, String name, String givenKey, String surnameKey, Gender gender) {
            this.organization = organization;
            this.name = name;
            this.givenKey = givenKey;
            this.surnameKey = surnameKey;
            this.gender = gender;
        }

        public String name() {
            return name;
        }

        public boolean organization() {
            return organization;
        }

        public Gender gender() {
            return gender;
        }

        public Set<String> roles() {
            return roles;
        }

    }

    private final Document doc;
    private final Lexicon lexicon;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<Mention, Entity> byMention = new java.util.IdentityHashMap<>(); // each mention is one object
    private final Map<String, String> surnameKeys = new HashMap<>();
    /** Entities by surname key (people) or name key (organizations), so a lookup reads only its namesakes. */
    private final Map<String, List<Entity>> byKey = new HashMap<>();

    public ArticlePeople(Document doc, List<Mention> mentions, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && m.first() < m.last()) {
                addFullName(m);
            } else if (m.type() == MentionType.ORGANIZATION) {
                addOrganization(m);
            }
        }
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && m.first() == m.last() || m.type() == MentionType.SURNAME) {
                Entity e = find(m.name(), m.first());
                if (e == null && m.type() == MentionType.PERSON) {
                    e = newEntity(false, m.name(), null, NameKey.surname(m.name()), m.gender());
                    e.confirmed = true;
                }
                if (e != null) {
                    attach(e, m);
                }
            }
        }
    }

    private void addFullName(Mention m) {
        String[] words = m.name().split("\\s+");
        String surname = NameKey.of(words[words.length - 1]);
        String given = NameKey.of(words[0]);
        Entity match = null;
        for (Entity e : byKey.getOrDefault(surname, List.of())) {
            if (!e.organization && (e.givenKey == null || compatibleGiven(e.givenKey, given))) {
                match = e;
            }
        }
        if (match == null) {
            match = newEntity(false, m.name(), given, surname, m.gender());
        } else if (match.givenKey == null) {
            match.givenKey = given;
            match.name = m.name();
        }
        match.confirmed |= m.gender() != Gender.UNKNOWN || m.hasRole();
        attach(match, m);
    }

    private static boolean compatibleGiven(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return false; // a first name with no key (no Latin letter: "Пётр") cannot be compared
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        // Sergey / Sergei, Dmitry / Dmitri, Aleksandr / Alexander: same start, similar length.
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 || common >= 3 && Math.abs(a.length() - b.length()) <= 2;
    }

    private void addOrganization(Mention m) {
        String key = organizationKey(m.name());
        for (Entity e : byKey.getOrDefault(key, List.of())) {
            if (e.organization) {
                attach(e, m);
                return;
            }
        }
        Entity e = newEntity(true, m.name().replaceFirst("^(?i)the\\s+", ""), null, key, Gender.UNKNOWN);
        e.confirmed = true;
        attach(e, m);
    }

    /** "The U.S. Treasury" and "U.S. Treasury" meet: lower case, no leading article, letters and digits only. */
    private static String organizationKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        StringBuilder key = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }

    private Entity newEntity(boolean organization, String name, String given, String surname, Gender gender) {
        Entity e = new Entity(organization, name, given, surname, gender);
        entities.add(e);
        byKey.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
        return e;
    }

    private void attach(Entity e, Mention m) {
        e.mentions.add(m);
        e.variants.add(m.name());
        if (e.gender == Gender.UNKNOWN) {
            e.gender = m.gender();
        }
        if (m.hasRole()) {
            e.roles.add(doc.tokenText(m.roleFirst(), m.roleLast()));
        }
        byMention.put(m, e);
    }

    /**
     * The person a bare name refers to at token {@code at}: the entity with that surname key (or given name)
     * mentioned most recently before, else the first one after. Null when nobody matches.
     */
    public Entity find(String name, int at) {
        String key = surnameKeys.computeIfAbsent(name, NameKey::surname);
        Entity best = bestBy(byKey.getOrDefault(key, List.of()), e -> !e.organization, at);
        if (best == null && lexicon.isGivenName(name)) {
            best = bestBy(entities, e -> !e.organization && key.equals(e.givenKey), at); // "Hillary" for Hillary Clinton
        }
        if (best == null) {
            String orgKey = organizationKey(name);
            best = bestBy(byKey.getOrDefault(orgKey, List.of()), e -> e.organization, at);
        }
        return best;
    }

    private Entity bestBy(List<Entity> candidates, java.util.function.Predicate<Entity> matches, int at) {
        Entity before = null;
        int beforeAt = -1;
        Entity after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Entity e : candidates) {
            if (!matches.test(e)) {
                continue;
            }
            for (Mention m : e.mentions) {
                if (m.first() <= at && m.first() > beforeAt) {
                    before = e;
                    beforeAt = m.first();
                } else if (m.first() > at && m.first() < afterAt) {
                    after = e;
                    afterAt = m.first();
                }
            }
        }
        return before != null ? before : after;
    }

    /** The entity a name mention belongs to, or null. */
    public Entity of(Mention m) {
        return byMention.get(m);
    }

    /** A speaker named only here ("Ryabkov said") with no full name in the article becomes an entity of its own. */
    public Entity addSpeaker(Mention m) {
        Entity e = find(m.name(), m.first());
        if (e == null) {
            e = m.type() == MentionType.ORGANIZATION || m.type() == MentionType.PLACE
                    ? newEntity(true, m.name().replaceFirst("^(?i)the\\s+", ""), null, organizationKey(m.name()), Gender.UNKNOWN)
                    : newEntity(false, m.name(), null, NameKey.surname(m.name()), m.gender());
        }
        if (!byMention.containsKey(m)) {
            attach(e, m);
        }
        e.confirmed = true;
        return e;
    }

    /** A pronoun or description ("he", "the senior diplomat") found to denote {@code e}: kept among its mentions. */
    public void addReference(Entity e, Mention m) {
        if (!e.mentions.contains(m)) {
            e.mentions.add(m);
        }
    }

    /** Whether a name is one plural word that describes people ("Economists"). */
    private boolean namesGroup(String name) {
        return !name.contains(" ") && lexicon.isGroupOfPeople(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a name begins or ends with a document word ("Aldermark Treaty", "Treaty of Kessel"). */
    private boolean namesDocument(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return words.length > 0 && (lexicon.isDocumentWord(words[0]) || lexicon.isDocumentWord(words[words.length - 1]));
    }

    /**
     * The article's people for output: entities that speak, or are named twice, with every mention by name, in text
     * order; a treaty, a plan or a group ("Economists") only when one of the article's {@code quotes} is attributed
     * to it.
     */
    public List<Person> toPersons(List<Quote> quotes) {
        Set<String> speakers = new HashSet<>();
        for (Quote q : quotes) {
            speakers.add(q.speaker());
        }
        List<Person> out = new ArrayList<>();
        for (Entity e : entities) {
            if (!e.confirmed && e.mentions.size() < 2
                    || e.organization && !speakers.contains(e.name) && (namesDocument(e.name) || namesGroup(e.name))) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            e.mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::first)).forEach(m ->
                    spans.add(Span.of(doc.text(), doc.tokens().start(m.first()), doc.tokens().end(m.last()))));
            out.add(new Person(e.name, e.organization, List.copyOf(e.roles), spans, List.copyOf(e.variants)));
        }
        return out;
    }
}

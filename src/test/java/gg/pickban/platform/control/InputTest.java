package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputTest {

    private static final String INTEGER = "A valid integer is required.";
    private static final String BOOLEAN = "Must be a valid boolean.";
    private static final String DATETIME =
            "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

    /** Single quotes stand for double quotes, to keep the JSON in tests readable. */
    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    static Input input(String text) {
        return Input.of(json(text));
    }

    /** Reads {@code {"v": <value>}} and returns what was read. */
    static Object read(String value, Function<Input, ?> reading) {
        Input in = input("{'v': " + value + "}");
        Object result = reading.apply(in);
        assertEquals(Map.of(), in.errors(), "no errors expected for " + value);
        return result;
    }

    /** Reads {@code {"v": <value>}} and returns the messages noted under "v", asserting the value came back null. */
    static List<?> rejected(String value, Function<Input, ?> reading) {
        Input in = input("{'v': " + value + "}");
        assertNull(reading.apply(in));
        assertEquals(Set.of("v"), in.errors().keySet());
        return (List<?>) in.errors().get("v");
    }

    @Nested
    class Integers {

        @ParameterizedTest
        @ValueSource(strings = {"42", "'42'", "' 42 '", "'+42'", "42.0", "'42.0'", "'42.000'", "'42.'", "'0042'", "'4_2'",
                "4.2e1", "'\\t42\\n'"})
        void acceptDrfsIntegerSpellings(String value) {
            assertEquals(42, read(value, in -> in.integer("v")));
        }

        @Test
        void keepTheSign() {
            assertEquals(-42, read("'-42'", in -> in.integer("v")));
            assertEquals(-42, read("-42.0", in -> in.integer("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"42.5", "'42.5'", "true", "false", "'abc'", "''", "'   '", "[1]", "{}", "'1e3'", "1e16",
                "'4__2'", "'4 2'", "'0x2A'", "'42.0.0'"})
        void rejectEverythingElse(String value) {
            assertEquals(List.of(INTEGER), rejected(value, in -> in.integer("v")));
        }

        @Test
        void areBoundedLikeADjangoIntegerField() {
            assertEquals(2147483647, read("2147483647", in -> in.integer("v")));
            assertEquals(-2147483648, read("-2147483648", in -> in.integer("v")));
            assertEquals(List.of("Ensure this value is less than or equal to 2147483647."),
                    rejected("2147483648", in -> in.integer("v")));
            assertEquals(List.of("Ensure this value is greater than or equal to -2147483648."),
                    rejected("'-2147483649'", in -> in.integer("v")));
            assertEquals(List.of("Ensure this value is less than or equal to 2147483647."),
                    rejected("99999999999999999999999", in -> in.integer("v")));
        }

        @Test
        void takeExplicitBoundsInsteadOfTheDefaults() {
            assertEquals(List.of("Ensure this value is greater than or equal to 0."),
                    rejected("-1", in -> in.field("v").min(0).integer()));
            assertEquals(List.of("Ensure this value is less than or equal to 10."),
                    rejected("'11'", in -> in.field("v").max(10).integer()));
            assertEquals(2147483647, read("2147483647", in -> in.field("v").min(0).integer()));
            assertEquals(10, read("10", in -> in.field("v").min(0).max(10).integer()));
        }

        @Test
        void refuseBoundsAnIntCannotHold() {
            Input in = input("{'v': 1}");
            assertThrows(IllegalStateException.class, () -> in.field("v").max(1L << 40).integer());
        }

        @Test
        void longIntegersAreBoundedBy64Bits() {
            assertEquals(9223372036854775807L, read("9223372036854775807", in -> in.longInteger("v")));
            assertEquals(-9223372036854775808L, read("'-9223372036854775808'", in -> in.longInteger("v")));
            assertEquals(76561198000000000L, read("'76561198000000000'", in -> in.longInteger("v")));
            assertEquals(List.of("Ensure this value is less than or equal to 9223372036854775807."),
                    rejected("9223372036854775808", in -> in.longInteger("v")));
            assertEquals(List.of("Ensure this value is greater than or equal to 1."),
                    rejected("0", in -> in.field("v").min(1).longInteger()));
            assertEquals(List.of(INTEGER), rejected("'x'", in -> in.longInteger("v")));
        }

        @Test
        void refuseHugeStringsBeforeParsing() {
            assertEquals(List.of("String value too large."), rejected("'" + "1".repeat(1001) + "'", in -> in.longInteger("v")));
        }
    }

    @Nested
    class Booleans {

        @ParameterizedTest
        @ValueSource(strings = {"true", "'t'", "'T'", "'y'", "'Y'", "'yes'", "'Yes'", "'YES'", "'true'", "'True'", "'TRUE'",
                "'on'", "'On'", "'ON'", "'1'", "1", "1.0"})
        void acceptDrfsTrueValues(String value) {
            assertEquals(Boolean.TRUE, read(value, in -> in.bool("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "'f'", "'F'", "'n'", "'N'", "'no'", "'No'", "'NO'", "'false'", "'False'", "'FALSE'",
                "'off'", "'Off'", "'OFF'", "'0'", "0", "0.0"})
        void acceptDrfsFalseValues(String value) {
            assertEquals(Boolean.FALSE, read(value, in -> in.bool("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'tRUE'", "'yES'", "' true'", "'2'", "2", "-1", "0.5", "''", "'null'", "[]", "{}", "[true]"})
        void rejectEverythingElse(String value) {
            assertEquals(List.of(BOOLEAN), rejected(value, in -> in.bool("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "'null'", "'Null'", "'NULL'", "''"})
        void readDrfsNullSpellingsAsNullWhenNullable(String value) {
            assertNull(read(value, in -> in.field("v").nullable().bool()));
        }
    }

    @Nested
    class Strings {

        @Test
        void areTrimmed() {
            assertEquals("Radiant", read("'  Radiant\\n'", in -> in.string("v")));
            assertEquals("two words", read("'\\u00a0two words\\u3000'", in -> in.string("v")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"42|42", "-7|-7", "42.5|42.5", "42.0|42.0", "1e16|1e+16", "1e15|1000000000000000.0",
                "0.0001|0.0001", "0.00001|1e-05", "1.5E300|1.5e+300", "12345678901234567890|12345678901234567890",
                "1e2|100.0"})
        void acceptNumbersAsPythonPrintsThem(String number, String text) {
            assertEquals(text, read(number, in -> in.string("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"true", "false", "[]", "['a']", "{}"})
        void rejectBooleansAndComposites(String value) {
            assertEquals(List.of("Not a valid string."), rejected(value, in -> in.string("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"''", "'   '", "'\\t\\n'"})
        void mayNotBeBlankUnlessAllowed(String value) {
            assertEquals(List.of("This field may not be blank."), rejected(value, in -> in.string("v")));
            assertEquals("", read(value, in -> in.field("v").allowBlank().string()));
        }

        @Test
        void countCharactersAfterTrimmingAsPythonDoes() {
            assertEquals(List.of("Ensure this field has no more than 3 characters."),
                    rejected("'abcd'", in -> in.field("v").maxLength(3).string()));
            assertEquals("abc", read("'  abc  '", in -> in.field("v").maxLength(3).string()));
            assertEquals("\uD83D\uDE00ab", read("'\\ud83d\\ude00ab'", in -> in.field("v").maxLength(3).string()));
        }

        @Test
        void refuseNullAndSurrogateCharacters() {
            assertEquals(List.of("Null characters are not allowed."), rejected("'a\\u0000b'", in -> in.string("v")));
            assertEquals(List.of("Surrogate characters are not allowed: U+D800."), rejected("'a\\ud800b'", in -> in.string("v")));
        }

        @Test
        void reportEveryFailingValidator() {
            assertEquals(List.of("Ensure this field has no more than 2 characters.", "Null characters are not allowed."),
                    rejected("'ab\\u0000'", in -> in.field("v").maxLength(2).string()));
        }
    }

    @Nested
    class PresenceAndNull {

        @Test
        void aMissingOptionalFieldIsNullWithoutError() {
            Input in = input("{}");
            assertNull(in.integer("v"));
            assertNull(in.string("w"));
            assertTrue(in.isValid());
        }

        @Test
        void aMissingRequiredFieldIsRequired() {
            Input in = input("{}");
            assertNull(in.field("v").required().string());
            assertNull(in.field("w").required().nullable().integer());
            assertEquals(Map.of("v", List.of("This field is required."), "w", List.of("This field is required.")), in.errors());
        }

        @Test
        void nullIsRefusedUnlessNullableWhateverTheKind() {
            for (Function<Input, ?> reading : List.<Function<Input, ?>>of(in -> in.integer("v"), in -> in.bool("v"),
                    in -> in.string("v"), in -> in.field("v").allowBlank().string(), in -> in.datetime("v"),
                    in -> in.pk("v"), in -> in.pkList("v"), in -> in.choice("v", Set.of("a")), in -> in.url("v"),
                    in -> in.email("v"), in -> in.object("v"), in -> in.field("v").required().longInteger())) {
                assertEquals(List.of("This field may not be null."), rejected("null", reading));
            }
            assertNull(read("null", in -> in.field("v").nullable().string()));
            assertNull(read("null", in -> in.field("v").required().nullable().integer()));
        }

        @Test
        void checksRunInDrfsOrder() {
            Input in = input("{'blank': '  ', 'wrong': [1], 'long': 'abcdef'}");
            in.field("missing").required().maxLength(1).string();
            in.field("blank").required().maxLength(1).string();
            in.field("wrong").required().maxLength(1).string();
            in.field("long").required().maxLength(1).string();
            assertEquals(Map.of("missing", List.of("This field is required."), "blank", List.of("This field may not be blank."),
                    "wrong", List.of("Not a valid string."), "long", List.of("Ensure this field has no more than 1 characters.")),
                    in.errors());
        }

        @Test
        void aPartialInputForgivesMissingFieldsButNotNulls() {
            Input in = Input.partial(json("{'n': null, 'inner': {}}"));
            assertNull(in.field("v").required().integer());
            assertNull(in.field("n").required().integer());
            in.field("inner").required().object().field("x").required().string();
            assertEquals(Map.of("n", List.of("This field may not be null.")), in.errors());
        }

        @Test
        void tellsPresenceFromNull() {
            Input in = input("{'a': null, 'b': 0}");
            assertTrue(in.has("a"));
            assertTrue(in.isNull("a"));
            assertTrue(in.has("b"));
            assertFalse(in.isNull("b"));
            assertFalse(in.has("c"));
            assertFalse(in.isNull("c"));
        }

        @Test
        void ignoresUnknownKeys() {
            Input in = input("{'name': 'x', 'teams': [{'pk': 1}], 'pk': 'whatever'}");
            assertEquals("x", in.string("name"));
            in.validate();
        }
    }

    @Nested
    class Datetimes {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "2026-01-21T18:00:00Z|2026-01-21T18:00:00Z",
            "2026-01-21T18:00:00|2026-01-21T18:00:00Z",
            "2026-01-21T18:00|2026-01-21T18:00:00Z",
            "2026-01-21 18:00:00|2026-01-21T18:00:00Z",
            "2026-01-21T18:00:00.123456Z|2026-01-21T18:00:00.123456Z",
            "2026-01-21T18:00:00.1234567|2026-01-21T18:00:00.123456Z",
            "2026-01-21T18:00:00,5|2026-01-21T18:00:00.500Z",
            "2026-01-21T20:00:00+02:00|2026-01-21T18:00:00Z",
            "2026-01-21T12:30-05:30|2026-01-21T18:00:00Z",
            "2026-01-21T20:00+0200|2026-01-21T18:00:00Z",
            "2026-01-21T20:00+02|2026-01-21T18:00:00Z",
            "2026-01-21T18:00 Z|2026-01-21T18:00:00Z",
            "2026-01-21T00:30+23:00|2026-01-20T01:30:00Z",
            "2026-1-2T3:4|2026-01-02T03:04:00Z",
            "2026-01-21|2026-01-21T00:00:00Z"})
        void acceptIsoSpellingsAsUtcWhenNoOffsetIsGiven(String text, String utc) {
            assertEquals(Instant.parse(utc), read("'" + text + "'", in -> in.datetime("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'2026-01-21T25:00'", "'2026-02-30T00:00'", "'2026-13-01'", "'21/01/2026'", "''", "' '",
                "'2026-01-21T18'", "'2026-01-21T18:00:00+24:00'", "'0000-01-01T00:00'", "'2026-1-21'", "' 2026-01-21T18:00'",
                "'tomorrow'", "1768999200", "true", "[]", "{}"})
        void rejectEverythingElse(String value) {
            assertEquals(List.of(DATETIME), rejected(value, in -> in.datetime("v")));
        }

        @Test
        void refuseInstantsPythonCannotHold() {
            assertEquals(List.of("Datetime value out of range."), rejected("'9999-12-31T23:00:00-02:00'", in -> in.datetime("v")));
            assertEquals(List.of("Datetime value out of range."), rejected("'0001-01-01T00:30+01:00'", in -> in.datetime("v")));
        }
    }

    @Nested
    class RelatedKeys {

        @Test
        void coerceEachItemAsAnInteger() {
            assertEquals(List.of(1L, 2L, 3L, 4L, 2L), read("[1, '2', 3.0, ' 4 ', 2]", in -> in.pkList("v")));
            assertEquals(List.of(), read("[]", in -> in.pkList("v")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'1'|str", "5|int", "1.5|float", "true|bool", "{}|dict"})
        void needAList(String value, String type) {
            assertEquals(List.of("Expected a list of items but got type \"" + type + "\"."), rejected(value, in -> in.pkList("v")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'abc'|str", "''|str", "true|bool", "{}|dict", "[1]|list", "1.5|float"})
        void nameThePythonTypeOfAWrongItem(String item, String type) {
            assertEquals(List.of("Incorrect type. Expected pk value, received " + type + "."),
                    rejected("[1, " + item + ", 'x']", in -> in.pkList("v")));
            assertEquals(List.of("Incorrect type. Expected pk value, received " + type + "."), rejected(item, in -> in.pk("v")));
        }

        @Test
        void reportKeysThatCannotNameARow() {
            assertEquals(List.of("Invalid pk \"None\" - object does not exist."), rejected("[null]", in -> in.pkList("v")));
            assertEquals(List.of("Invalid pk \"99999999999999999999\" - object does not exist."),
                    rejected("['99999999999999999999']", in -> in.pkList("v")));
        }

        @Test
        void mayBeRequiredToBeNonEmpty() {
            assertEquals(List.of("This list may not be empty."), rejected("[]", in -> in.field("v").nonEmpty().pkList()));
        }

        @Test
        void singleKeysCoerceTheSameWay() {
            assertEquals(7L, read("'7'", in -> in.pk("v")));
            assertEquals(7L, read("7.0", in -> in.pk("v")));
        }

        @Test
        void unknownKeysAreReportedByTheCaller() {
            Input in = input("{'user': 99}");
            in.unknownPk("user", in.pk("user"));
            assertEquals(Map.of("user", List.of("Invalid pk \"99\" - object does not exist.")), in.errors());
        }
    }

    @Nested
    class Choices {

        private final Set<String> positions = Set.of("carry", "mid", "offlane", "5");

        @Test
        void acceptListedValuesExactly() {
            assertEquals("carry", read("'carry'", in -> in.choice("v", positions)));
            assertEquals("5", read("5", in -> in.choice("v", positions)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'Carry'|Carry", "' carry'|\" carry\"", "''|\"\"", "6|6", "true|True", "5.0|5.0",
                "['carry']|['carry']"})
        void quoteTheRefusedValueAsPythonPrintsIt(String value, String printed) {
            assertEquals(List.of("\"" + printed + "\" is not a valid choice."), rejected(value, in -> in.choice("v", positions)));
        }

        @Test
        void acceptBlankWhenAllowed() {
            assertEquals("", read("''", in -> in.field("v").allowBlank().choice(positions)));
        }
    }

    @Nested
    class Urls {

        @ParameterizedTest
        @ValueSource(strings = {"https://example.com", "http://example.com/a.png?x=1#y", "https://localhost:8080/",
                "http://127.0.0.1/", "http://[::1]:80/", "https://cdn.discordapp.com/avatars/1/abc.png",
                "https://user:pw@example.com/", "HTTPS://EXAMPLE.COM", "https://bücher.de", "https://xn--bcher-kva.de."})
        void acceptAbsoluteHttpUrls(String url) {
            assertEquals(url, read("'" + url + "'", in -> in.url("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"example.com", "ftp://example.com", "javascript:alert(1)", "https://", "http://exa mple.com",
                "http://-example.com", "http://example", "https://ex_ample.com", "http://[::1::2]/", "http://[12345::]/",
                "http://example.com:123456", "//example.com"})
        void rejectEverythingElse(String url) {
            assertEquals(List.of("Enter a valid URL."), rejected("'" + url + "'", in -> in.url("v")));
        }

        @Test
        void areTrimmedAndMayBeBlankWhenAllowed() {
            assertEquals("https://example.com", read("' https://example.com '", in -> in.url("v")));
            assertEquals(List.of("This field may not be blank."), rejected("''", in -> in.url("v")));
            assertEquals("", read("''", in -> in.field("v").allowBlank().url()));
        }

        @Test
        void reportLengthAndSyntaxTogether() {
            assertEquals(List.of("Ensure this field has no more than 5 characters.", "Enter a valid URL."),
                    rejected("'not a url'", in -> in.field("v").maxLength(5).url()));
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest
        @ValueSource(strings = {"a@example.com", "first.last+tag@sub.example.co", "a@localhost", "a@[127.0.0.1]", "a@[::1]",
                "o'neil@example.com", "user@bücher.de", "UPPER@EXAMPLE.COM"})
        void acceptDjangosAddresses(String email) {
            assertEquals(email, Input.of(Json.createObjectBuilder().add("v", email).build()).email("v"));
            assertEquals(email, read("'" + email.replace("'", "\\u0027") + "'", in -> in.email("v")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "a@", "@example.com", "a@b", "a@@example.com", "a b@example.com", "a@-example.com",
                "a@[999.1.1.1]", "a.@example.com", "a@example.c"})
        void rejectEverythingElse(String email) {
            assertEquals(List.of("Enter a valid email address."), rejected("'" + email + "'", in -> in.email("v")));
        }

        @Test
        void mayBeBlankWhenAllowed() {
            assertEquals(List.of("This field may not be blank."), rejected("''", in -> in.email("v")));
            assertEquals("", read("'  '", in -> in.field("v").allowBlank().email()));
        }
    }

    @Nested
    class NestedObjects {

        @Test
        void readTheirOwnFields() {
            Input in = input("{'positions': {'carry': '1', 'mid': true}}");
            Input positions = in.object("positions");
            assertEquals(1, positions.integer("carry"));
            assertEquals(true, positions.bool("mid"));
            in.validate();
        }

        @Test
        void nestTheirErrorsUnderTheirKey() {
            Input in = input("{'positions': {}}");
            in.field("positions").required().object().field("carry").required().integer();
            assertEquals(Map.of("positions", Map.of("carry", List.of("This field is required."))), in.errors());
        }

        @Test
        void nestDeeper() {
            Input in = input("{'a': {'b': {'c': 'x'}}}");
            in.object("a").object("b").integer("c");
            assertEquals(Map.of("a", Map.of("b", Map.of("c", List.of(INTEGER)))), in.errors());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'x'|str", "[1]|list", "5|int", "true|bool", "1.5|float"})
        void mustBeObjects(String value, String type) {
            Input in = input("{'positions': " + value + "}");
            assertNull(in.object("positions"));
            assertEquals(Map.of("positions", Map.of("non_field_errors",
                    List.of("Invalid data. Expected a dictionary, but got " + type + "."))), in.errors());
        }

        @Test
        void mayBeAbsentOrRequired() {
            Input in = input("{}");
            assertNull(in.object("optional"));
            assertNull(in.field("needed").required().object());
            assertEquals(Map.of("needed", List.of("This field is required.")), in.errors());
        }

        @Test
        void leaveNoTraceWhenValid() {
            Input in = input("{'positions': {'carry': 1}, 'name': ''}");
            in.object("positions").integer("carry");
            in.string("name");
            assertEquals(Map.of("name", List.of("This field may not be blank.")), in.errors());
        }

        @Test
        void takeCustomErrorsAsNonFieldErrors() {
            Input in = input("{'positions': {}}");
            in.object("positions");
            in.error("positions", "Pick at least one position.");
            assertEquals(Map.of("positions", Map.of("non_field_errors", List.of("Pick at least one position."))), in.errors());
        }

        @Test
        void areTheSameInputWhenReadTwice() {
            Input in = input("{'positions': {}}");
            in.object("positions").field("carry").required().integer();
            in.object("positions").field("mid").required().integer();
            assertEquals(Map.of("positions", Map.of("carry", List.of("This field is required."),
                    "mid", List.of("This field is required."))), in.errors());
        }
    }

    @Nested
    class Errors {

        @Test
        void keepTheOrderTheyWereFoundIn() {
            Input in = input("{'c': 'x', 'a': 'x', 'b': 'x'}");
            in.integer("c");
            in.integer("a");
            in.error("z", "Custom.");
            in.integer("b");
            assertEquals(List.of("c", "a", "z", "b"), List.copyOf(in.errors().keySet()));
        }

        @Test
        void collectSeveralMessagesPerField() {
            Input in = input("{'name': 'x'}");
            in.error("name", "First.");
            in.error("name", "Second.");
            in.nonFieldError("Whole body.");
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("name", List.of("First.", "Second."));
            expected.put("non_field_errors", List.of("Whole body."));
            assertEquals(expected, in.errors());
        }

        @Test
        void areRaisedTogetherByValidate() {
            Input in = input("{'mmr': 'high', 'positions': {'carry': 'x'}}");
            in.integer("mmr");
            in.object("positions").integer("carry");
            assertFalse(in.isValid());
            FieldErrors thrown = assertThrows(FieldErrors.class, in::validate);
            assertEquals(Map.of("mmr", List.of(INTEGER), "positions", Map.of("carry", List.of(INTEGER))), thrown.errors());
            assertEquals(in.errors(), thrown.errors());
        }

        @Test
        void validatePassesQuietlyWhenAllIsWell() {
            Input in = input("{'mmr': '4000'}");
            assertEquals(4000, in.integer("mmr"));
            assertTrue(in.isValid());
            in.validate();
        }

        @Test
        void cannotBeChangedFromOutside() {
            Input in = input("{'a': 'x', 'n': {'b': 'x'}}");
            in.integer("a");
            in.object("n").integer("b");
            Map<String, Object> errors = in.errors();
            assertThrows(UnsupportedOperationException.class, () -> errors.put("b", List.of()));
            assertThrows(UnsupportedOperationException.class, () -> ((List<?>) errors.get("a")).clear());
            FieldErrors thrown = assertThrows(FieldErrors.class, in::validate);
            assertThrows(UnsupportedOperationException.class, () -> thrown.errors().clear());
            assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) thrown.errors().get("n")).clear());
        }

        @Test
        void fieldErrorsCopyWhatTheyAreGiven() {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("name", List.of("Taken."));
            FieldErrors errors = new FieldErrors(source);
            source.put("other", List.of("Later."));
            assertEquals(Map.of("name", List.of("Taken.")), errors.errors());
            assertEquals(Map.of("team", List.of("Full.")), FieldErrors.of("team", "Full.").errors());
        }
    }
}

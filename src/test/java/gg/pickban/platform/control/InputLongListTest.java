package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link InputField#longList()}: DRF's ListField of integers. */
class InputLongListTest {

    private static Input input(String json) {
        JsonObject object = Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
        return Input.of(object);
    }

    @Test
    void integersAndNumericStringsAreRead() {
        Input in = input("{'ids': [76561198000000001, '42', 7.0]}");
        assertEquals(List.of(76561198000000001L, 42L, 7L), in.field("ids").longList());
        assertEquals(Map.of(), in.errors());
    }

    @Test
    void wrongShapesAreFieldErrors() {
        Input in = input("{'a': 5, 'b': [], 'c': ['x'], 'd': [null]}");
        assertNull(in.field("a").longList());
        assertNull(in.field("b").nonEmpty().longList());
        assertNull(in.field("c").longList());
        assertNull(in.field("d").longList());
        assertNull(in.field("e").required().longList());
        assertEquals(Map.of("a", List.of("Expected a list of items but got type \"int\"."),
                "b", List.of("This list may not be empty."),
                "c", List.of("A valid integer is required."),
                "d", List.of("This field may not be null."),
                "e", List.of("This field is required.")), in.errors());
    }
}

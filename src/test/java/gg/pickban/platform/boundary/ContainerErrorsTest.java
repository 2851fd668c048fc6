package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContainerErrorsTest {

    @Test
    void theContainersStatusesGetTheContractsTexts() {
        assertEquals("Not found.", ContainerErrors.detail(404, "PATCH"));
        assertEquals("Method \"PROPFIND\" not allowed.", ContainerErrors.detail(405, "PROPFIND"));
        assertEquals("Request body too large.", ContainerErrors.detail(413, "POST"));
        assertEquals("Internal server error.", ContainerErrors.detail(500, "GET"));
        assertEquals("Bad Request.", ContainerErrors.detail(400, "GET"));
        assertEquals("Service Unavailable.", ContainerErrors.detail(503, "GET"));
        assertEquals("Error 418.", ContainerErrors.detail(418, "BREW"));
    }
}

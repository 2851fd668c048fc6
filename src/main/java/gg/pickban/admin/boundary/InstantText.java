package gg.pickban.admin.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants on the staff pages: {@code 2026-12-06 14:03:07 UTC}, the one zone every staff member reads alike. */
@FacesConverter(forClass = Instant.class)
public class InstantText implements Converter<Instant> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("instants are only shown, never typed, on the staff pages");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}

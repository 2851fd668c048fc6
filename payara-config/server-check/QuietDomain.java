import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Edits a new Payara Server domain's domain.xml before its first start, so that not even that start
 * reaches beyond the machine: in every config, phone-home and the Data Grid (Hazelcast) off, JMS off,
 * every listener (HTTP, admin, IIOP, JMX, JMS) on 127.0.0.1, and Hazelcast's own phone-home off as
 * a JVM option. Payara phones home at once when it starts and Hazelcast joins a cluster by default;
 * asadmin can switch both off only in a running domain, after they have happened.
 * Usage: java QuietDomain.java DOMAIN_DIR/config/domain.xml
 */
public final class QuietDomain {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String HAZELCAST_PHONE_HOME = "-Dhazelcast.phone.home.enabled=false";

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Document domain = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        List<Element> configs = children(domain.getDocumentElement(), "configs").stream()
                .flatMap(configsElement -> children(configsElement, "config").stream()).toList();
        if (configs.isEmpty()) {
            throw new IllegalStateException("no <config> in " + file);
        }
        for (Element config : configs) {
            quiet(config);
        }
        var out = TransformerFactory.newInstance().newTransformer();
        out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        try (var writer = Files.newBufferedWriter(file)) {
            out.transform(new DOMSource(domain), new StreamResult(writer));
        }
        System.out.println("quiet: " + configs.size() + " configs in " + file);
    }

    private static void quiet(Element config) {
        child(config, "phone-home-runtime-configuration").setAttribute("enabled", "false");
        child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
        Element jms = child(config, "jms-service");
        jms.setAttribute("type", "DISABLED");
        for (Element host : children(jms, "jms-host")) {
            host.setAttribute("host", LOOPBACK);
        }
        for (String listener : List.of("network-listener", "iiop-listener", "jmx-connector")) {
            NodeList found = config.getElementsByTagName(listener);
            for (int i = 0; i < found.getLength(); i++) {
                ((Element) found.item(i)).setAttribute("address", LOOPBACK);
            }
        }
        Element java = child(config, "java-config");
        boolean present = children(java, "jvm-options").stream().anyMatch(o -> o.getTextContent().strip().equals(HAZELCAST_PHONE_HOME));
        if (!present) {
            Element option = config.getOwnerDocument().createElement("jvm-options");
            option.setTextContent(HAZELCAST_PHONE_HOME);
            java.appendChild(option);
        }
    }

    /** The first child of that name, created at the end when there is none. */
    private static Element child(Element parent, String name) {
        List<Element> existing = children(parent, name);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Element created = parent.getOwnerDocument().createElement(name);
        parent.appendChild(created);
        return created;
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(n -> n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name))
                .map(Element.class::cast).toList();
    }
}

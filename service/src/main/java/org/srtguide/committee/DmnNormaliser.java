package org.srtguide.committee;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Brings a submitted model to DMN 1.5, the version the KIE 10.1.0 engine runs. The DMN editor
 * (dmn-editor-standalone 10.2.0) saves DMN 1.6; the 1.6 schema differs from 1.5 only in its
 * namespaces (MODEL, FEEL default) and in one added construct, {@code functionDefinition kind="ONNX"},
 * which has no 1.5 form and is refused. A 1.5 model is returned byte for byte.
 */
final class DmnNormaliser {
    static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/";
    static final String DMN16 = "https://www.omg.org/spec/DMN/20240513/";
    /** 1.6 namespace → 1.5 namespace; DMNDI, DC and DI schemas did not change in 1.6. */
    private static final Map<String, String> NAMESPACES = Map.of(
            DMN16 + "MODEL/", DMN15 + "MODEL/",
            DMN16 + "FEEL/", DMN15 + "FEEL/",
            DMN16 + "DMNDI/", DMN15 + "DMNDI/");

    private DmnNormaliser() {
    }

    /** The model as DMN 1.5, its name and namespace, the version it was submitted in, and what was changed. */
    record Normalised(String name, String namespace, String xml, String submittedVersion, List<String> changes) {
    }

    /** A model that cannot be expressed in DMN 1.5 (or is not a DMN 1.5/1.6 model at all). */
    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    static Normalised normalise(String xml) {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!"definitions".equals(root.getLocalName()) || ns == null) {
            throw new RefusedException("not a DMN model: the root element must be <definitions> in a DMN namespace");
        }
        if ((DMN15 + "MODEL/").equals(ns)) {
            return new Normalised(root.getAttribute("name"), root.getAttribute("namespace"), xml, "1.5", List.of());
        }
        if (!(DMN16 + "MODEL/").equals(ns)) {
            throw new RefusedException("DMN version of namespace " + ns + " is not accepted: submit DMN 1.5 or 1.6 "
                    + "(the committee's models are DMN 1.5)");
        }
        refuseConstructsWithout15Form(doc);
        List<String> changes = new ArrayList<>();
        String out = xml;
        for (Map.Entry<String, String> rename : NAMESPACES.entrySet()) {
            if (out.contains(rename.getKey())) {
                out = out.replace(rename.getKey(), rename.getValue());
                changes.add(rename.getKey() + " → " + rename.getValue());
            }
        }
        changes.sort(String::compareTo);
        return new Normalised(root.getAttribute("name"), root.getAttribute("namespace"), out, "1.6", changes);
    }

    private static void refuseConstructsWithout15Form(Document doc) {
        List<String> refused = new ArrayList<>();
        // Function definitions appear as functionDefinition, encapsulatedLogic or a typed context entry:
        // kind is an attribute of tFunctionDefinition only, so any element carrying kind="ONNX" is one.
        NodeList elements = doc.getElementsByTagNameNS(DMN16 + "MODEL/", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element function = (Element) elements.item(i);
            if ("ONNX".equals(function.getAttribute("kind"))) {
                refused.add(function.getLocalName() + " " + describe(function) + " is a function of kind=\"ONNX\" (DMN 1.6 only)");
            }
        }
        if (!refused.isEmpty()) {
            throw new RefusedException("the model uses DMN 1.6 constructs that have no DMN 1.5 form: "
                    + String.join("; ", refused));
        }
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        return id.isBlank() ? "(no id)" : "'" + id + "'";
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // report through the exception, not stderr
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new RefusedException("not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }
}

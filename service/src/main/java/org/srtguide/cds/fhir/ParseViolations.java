package org.srtguide.cds.fhir;

import java.util.ArrayList;
import java.util.List;

import org.srtguide.api.Violation;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;

/**
 * Collects what HAPI's parser finds wrong in one resource as field violations ({@code <where>.<element>}),
 * instead of HAPI's messages, which quote the offending values. Missing required elements and reference
 * problems are not errors here: the mapping reports whatever it cannot use on a card.
 */
final class ParseViolations implements IParserErrorHandler {
    private final String where;
    private final List<Violation> violations = new ArrayList<>();

    ParseViolations(String where) {
        this.where = where;
    }

    List<Violation> violations() {
        return violations;
    }

    private void add(IParseLocation location, String element, String message) {
        String parent = location == null ? null : location.getParentElementName();
        StringBuilder field = new StringBuilder(where);
        if (parent != null && !parent.isEmpty()) {
            field.append('.').append(parent);
        }
        if (element != null && !element.isEmpty()) {
            field.append('.').append(element);
        }
        violations.add(new Violation(field.toString(), message));
    }

    @Override
    public void unknownElement(IParseLocation location, String element) {
        add(location, element, "is not an element of this FHIR R4 resource");
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attribute) {
        add(location, attribute, "is not an attribute of this FHIR R4 resource");
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        add(location, null, "has a value that is not valid for its FHIR R4 type");
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String element, ValueType expected, ScalarType expectedScalar,
            ValueType found, ScalarType foundScalar) {
        add(location, element, "must be a JSON " + (expectedScalar != null ? expectedScalar : expected).toString().toLowerCase()
                + ", not a " + (foundScalar != null ? foundScalar : found).toString().toLowerCase());
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String element) {
        add(location, element, "may occur only once");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        add(location, "extension", "has both a value and nested extensions");
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String element) {
        // not needed for the mapping; what is missing for the decision is shown on a card
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        // contained resources are not read
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        // references are not followed
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        // references are not followed
    }
}

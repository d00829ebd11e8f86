package org.srtguide.dose;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.resteasy.plugins.providers.multipart.InputPart;
import org.jboss.resteasy.plugins.providers.multipart.MultipartFormDataInput;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.RequestViolations;
import org.srtguide.api.Violation;
import org.srtguide.dose.api.DicomDoseCheckRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parts of a multipart dose check: {@code rtdose}, {@code rtstruct} (bytes) and {@code request}
 * (JSON). Every problem names the part, and for the JSON part the field ({@code request.prescription.fractions}),
 * never a Jackson message or class name.
 */
record DicomUpload(byte[] rtDose, byte[] rtStruct, DicomDoseCheckRequest request) {

    static DicomUpload read(MultipartFormDataInput form, ObjectMapper json, Validator validator) {
        List<Violation> violations = new ArrayList<>();
        byte[] rtDose = part(form, "rtdose", violations);
        byte[] rtStruct = part(form, "rtstruct", violations);
        byte[] requestJson = part(form, "request", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DicomUpload(rtDose, rtStruct, request(requestJson, json, validator));
    }

    private static DicomDoseCheckRequest request(byte[] text, ObjectMapper json, Validator validator) {
        DicomDoseCheckRequest request;
        try {
            request = json.readValue(text, DicomDoseCheckRequest.class);
        } catch (JsonProcessingException e) {
            Violation v = RequestViolations.of(e);
            throw new InvalidInputException(field(v.field()), v.message());
        } catch (IOException e) {
            throw new InvalidInputException("request", "cannot be read");
        }
        if (request == null) {
            throw new InvalidInputException("request", "must not be empty");
        }
        Set<ConstraintViolation<DicomDoseCheckRequest>> problems = validator.validate(request);
        if (!problems.isEmpty()) {
            List<Violation> violations = new ArrayList<>();
            problems.forEach(p -> violations.add(new Violation(field(p.getPropertyPath().toString()), p.getMessage())));
            throw new InvalidInputException(violations);
        }
        return request;
    }

    private static String field(String path) {
        return path == null || path.isEmpty() || path.equals("body") ? "request" : "request." + path;
    }

    private static byte[] part(MultipartFormDataInput form, String name, List<Violation> violations) {
        List<InputPart> parts = form.getFormDataMap().get(name);
        if (parts == null || parts.isEmpty()) {
            violations.add(new Violation(name, "the multipart form needs a '" + name + "' part"));
            return null;
        }
        try {
            byte[] body = parts.get(0).getBody(byte[].class, null);
            if (body == null || body.length == 0) {
                violations.add(new Violation(name, "the '" + name + "' part is empty"));
            }
            return body;
        } catch (IOException e) {
            violations.add(new Violation(name, "cannot read the '" + name + "' part"));
            return null;
        }
    }
}

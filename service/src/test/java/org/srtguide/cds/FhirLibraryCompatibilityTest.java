package org.srtguide.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.cfg.PackageVersion;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;

/**
 * HAPI FHIR 8.6.5 is built against Jackson 2.20; the service runs on the Jackson of the Quarkus BOM
 * (2.17). HAPI's JSON parser goes through Jackson, so a Bundle round trip with decimals, comparators
 * and dates on the service's class path shows the two fit (and fails here, not in production, if a
 * BOM update breaks them). Jakarta: the FHIR client and the in-test RestfulServer (servlet 6) are
 * exercised by CdsSecurityAndFeedbackTest.
 */
class FhirLibraryCompatibilityTest {

    @Test
    void shouldParseAndWriteR4JsonWithTheBomsJackson() {
        assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        FhirContext fhir = FhirContext.forR4();
        assertThat(fhir.getVersion().getVersion()).isEqualTo(FhirVersionEnum.R4);
        Observation psa = new Observation();
        psa.setId("psa-1");
        psa.setStatus(Observation.ObservationStatus.FINAL);
        psa.getCode().addCoding().setSystem("http://loinc.org").setCode("2857-1");
        psa.setValue(new Quantity().setValue(new BigDecimal("0.050")).setComparator(Quantity.QuantityComparator.LESS_THAN)
                .setSystem("http://unitsofmeasure.org").setCode("ng/mL"));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setResource(psa);

        String json = fhir.newJsonParser().encodeResourceToString(bundle);
        Bundle read = fhir.newJsonParser().parseResource(Bundle.class, json);

        Observation back = (Observation) read.getEntryFirstRep().getResource();
        assertThat(back.getValueQuantity().getValue()).isEqualByComparingTo("0.050");
        assertThat(back.getValueQuantity().getValue().scale()).isEqualTo(3); // decimals keep their precision
        assertThat(back.getValueQuantity().getComparator()).isEqualTo(Quantity.QuantityComparator.LESS_THAN);
        assertThat(back.getCode().getCodingFirstRep().getCode()).isEqualTo("2857-1");
    }
}

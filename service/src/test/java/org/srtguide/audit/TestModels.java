package org.srtguide.audit;

import java.util.List;
import java.util.Map;

import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.Sha256;

/**
 * Tiny DMN 1.5 models for replay tests (not clinical content): {@code calc} sorts a score into
 * LOW/HIGH at a given cut-off through a decision table and a decision service; {@code entry}
 * imports calc's type, so compiling it needs the imported XML too.
 */
final class TestModels {
    static final String NS = "https://srtguide.org/dmn/";
    private static final String DMN = "https://www.omg.org/spec/DMN/20230324/MODEL/";

    private TestModels() {
    }

    static String calc(int cutOff) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="%1$s" id="calc" name="calc" namespace="%2$scalc">
                  <itemDefinition name="tLevel"><typeRef>string</typeRef>
                    <allowedValues><text>"LOW","HIGH"</text></allowedValues></itemDefinition>
                  <inputData id="score_in" name="score"><variable name="score" typeRef="number"/></inputData>
                  <decision id="level_d" name="level">
                    <variable name="level" typeRef="tLevel"/>
                    <informationRequirement id="ir1"><requiredInput href="#score_in"/></informationRequirement>
                    <decisionTable id="dt_level" hitPolicy="FIRST">
                      <input id="c1"><inputExpression typeRef="number"><text>score</text></inputExpression></input>
                      <output id="o1"/>
                      <rule id="level-001"><inputEntry><text>&lt; %3$d</text></inputEntry><outputEntry><text>"LOW"</text></outputEntry></rule>
                      <rule id="level-002"><inputEntry><text>&gt;= %3$d</text></inputEntry><outputEntry><text>"HIGH"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                  <decisionService id="ds" name="calcService">
                    <variable name="calcService"/>
                    <outputDecision href="#level_d"/>
                    <inputData href="#score_in"/>
                  </decisionService>
                </definitions>
                """.formatted(DMN, NS, cutOff);
    }

    static String entry() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="%1$s" id="entry" name="entry" namespace="%2$sentry">
                  <import namespace="%2$scalc" name="calc" importType="%1$s"/>
                  <inputData id="s_in" name="score"><variable name="score" typeRef="number"/></inputData>
                  <decision id="band_d" name="band">
                    <variable name="band" typeRef="calc.tLevel"/>
                    <informationRequirement id="ir2"><requiredInput href="#s_in"/></informationRequirement>
                    <literalExpression><text>if score &lt; 10 then "LOW" else "HIGH"</text></literalExpression>
                  </decision>
                </definitions>
                """.formatted(DMN, NS);
    }

    static DeployedModel deployed(String name, String xml) {
        return new DeployedModel(name, NS + name, Sha256.hex(xml), xml, null, Map.of(), List.of());
    }

    static Map<String, Object> ref(DeployedModel m) {
        return Map.of("name", m.name(), "namespace", m.namespace(), "sha256", m.sha256());
    }
}

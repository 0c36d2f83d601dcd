package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.incident.TeamRole;
import dev.mim.core.spi.ResponseRates;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The responders' hourly rates as a document: read, written back, and refused at the value that is wrong. */
class ResponseRatesDocumentsTest {

  private static PolicyDocument read(String rates) {
    return PolicyDocuments.read("schema: 1\nid: t\nversion: 1\nresponseRates: " + rates + "\n", DocumentFormat.YAML);
  }

  private static List<String> problems(String rates) {
    return assertThrows(InvalidPolicyDocumentException.class, () -> read(rates)).problems().stream()
        .map(p -> p.pointer() + " " + p.message()).toList();
  }

  @Test
  void ratesAreReadAsTheJavaFormAndWrittenBackTheSame() {
    PolicyDocument d = read("{manager: 150, members: {RESOLVER: \"120.50\", SCRIBE: 0}}");
    assertEquals(new ResponseRates(new BigDecimal("150"), Map.of(TeamRole.RESOLVER, new BigDecimal("120.50"),
        TeamRole.SCRIBE, BigDecimal.ZERO)), d.policySet().responseRates());
    assertEquals(d, PolicyDocuments.read(PolicyDocuments.write(d, DocumentFormat.JSON), DocumentFormat.JSON));
    assertEquals(ResponseRates.none(), read("{}").policySet().responseRates(), "nothing priced by default");
    assertEquals(ResponseRates.none(), PolicyDocuments.defaults("d").policySet().responseRates());
  }

  @Test
  void anUnknownRoleANegativeOrNonNumericRateAndAStrayFieldAreEachAProblemAtTheirValue() {
    assertEquals(List.of("/responseRates/members/PILOT must be one of " + Arrays.toString(TeamRole.values())
        + ", was PILOT"), problems("{members: {PILOT: 10}}"));
    assertEquals(1, problems("{manager: -1}").size());
    assertEquals("/responseRates/manager", problems("{manager: -1}").get(0).split(" ")[0]);
    assertEquals("/responseRates/members/RESOLVER", problems("{members: {RESOLVER: lots}}").get(0).split(" ")[0]);
    assertEquals("/responseRates/members", problems("{members: [RESOLVER]}").get(0).split(" ")[0]);
    assertEquals("/responseRates/rates", problems("{rates: {}}").get(0).split(" ")[0]);
  }
}

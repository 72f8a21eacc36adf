package org.deconflict.app.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.ledger.Corroboration;
import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.Statement;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several parties, one record: two monitoring nodes with different receivers hear the built-in {@code demo} scenario
 * (its four documented encounters; background traffic and interrogating radars left out to keep the run short, every
 * transponder on so the military aircraft are heard at all). Node A (SE) has the Swedish and Danish receivers
 * (Karlskrona, Bornholm, Gotland, Copenhagen), node B (PL) those further east (Gdańsk, Riga, Helsinki). Each files
 * into its own ledger with its own key. Linking both ledgers' incidents must join what both nodes saw, naming both
 * parties, and leave alone what only one could see. B answers A's incident in A's ledger; a forgery is refused.
 */
class SeveralPartiesOneRecordTest {

    static final Set<Integer> NODE_A_RECEIVERS = Set.of(1, 3, 4, 7);
    static final Set<Integer> NODE_B_RECEIVERS = Set.of(2, 5, 6);

    @Test
    void twoNodesCorroborateWhatBothSawAndAnswerEachOther(@TempDir Path tmp) throws Exception {
        Scenario scripted = Node.demoEncountersOnly();
        SimOptions allOn = Node.allOn(scripted);

        NoteKeys.Signer seKey = NoteKeys.generate("se-node");
        NoteKeys.Signer plKey = NoteKeys.generate("pl-node");
        // each node is the monitor of its own ledger; the other node's key answers there as a party
        Node a = new Node("A", seKey, TestLedgers.create(tmp.resolve("a"), "deconflict/se-node", List.of(
                new Party("se-node", seKey.verifier(), Role.MONITOR, "SE"), new Party("pl-node", plKey.verifier(), Role.PARTY, "PL"))));
        Node b = new Node("B", plKey, TestLedgers.create(tmp.resolve("b"), "deconflict/pl-node", List.of(
                new Party("pl-node", plKey.verifier(), Role.MONITOR, "PL"), new Party("se-node", seKey.verifier(), Role.PARTY, "SE"))));
        try (Ledger la = a.ledger; Ledger lb = b.ledger) {
            LedgerSink sinkA = a.run(scripted, allOn, NODE_A_RECEIVERS);
            LedgerSink sinkB = b.run(scripted, allOn, NODE_B_RECEIVERS);

            // every incident the engine raised at C or worse is in the node's own ledger, nothing more
            for (Node n : List.of(a, b)) {
                List<String> due = n.raised.stream().filter(i -> i.severity().atLeast(Severity.C)).map(Incident::id).toList();
                assertThat(due).as("incidents raised by node %s", n.name).isNotEmpty();
                assertThat(n.ledger.incidents()).extracting(f -> f.incident().id()).containsExactlyInAnyOrderElementsOf(due);
                assertThat(n.receipts).hasSize(due.size());
                assertThat(n.warnings).as("node %s warnings", n.name).isEmpty();
                assertThat(Ledger.verify(n.ledger.directory()).ok()).as("node %s ledger verifies", n.name).isTrue();
            }
            assertThat(sinkA.filed()).isEqualTo(la.incidents().size());
            assertThat(sinkB.filed()).isEqualTo(lb.incidents().size());

            Set<Set<String>> pairsA = pairs(a.raised);
            Set<Set<String>> pairsB = pairs(b.raised);
            Set<Set<String>> shared = new HashSet<>(pairsA);
            shared.retainAll(pairsB);
            Set<Set<String>> onlyOne = new HashSet<>(pairsA);
            onlyOne.addAll(pairsB);
            onlyOne.removeAll(shared);
            // the RC-135 intercept at FL310 east of Gotland is in both nodes' coverage; the Malmö encounter near
            // Copenhagen only in A's
            assertThat(shared).contains(Set.of("icao:ae01c5", "icao:155027"));
            assertThat(onlyOne).contains(Set.of("icao:4ab3c2", "icao:15b020"));

            List<FiledIncident> all = new ArrayList<>(la.incidents());
            all.addAll(lb.incidents());
            List<Corroboration.Group> groups = Corroboration.link(all, Corroboration.Criteria.defaults());
            assertThat(groups.stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(all.size());
            for (Set<String> pair : shared) {
                List<Corroboration.Group> linked = groups.stream()
                        .filter(g -> g.corroborated() && g.members().stream().allMatch(m -> targets(m).equals(pair))).toList();
                assertThat(linked).as("corroborated groups of %s", pair).isNotEmpty();
                for (Corroboration.Group g : linked) {
                    assertThat(g.parties()).containsExactlyInAnyOrder("se-node", "pl-node");
                    assertThat(g.nations()).containsExactlyInAnyOrder("SE", "PL");
                    assertThat(g.members()).extracting(FiledIncident::origin)
                            .contains("deconflict/se-node", "deconflict/pl-node");
                }
            }
            for (Corroboration.Group g : groups) {
                if (onlyOne.contains(targets(g.members().get(0)))) {
                    assertThat(g.members()).as("an encounter only one node saw").hasSize(1);
                    assertThat(g.corroborated()).isFalse();
                }
            }

            // B's party answers an incident of A's that both saw, in A's ledger; a forgery in its name is refused
            FiledIncident target = la.incidents().stream()
                    .filter(f -> targets(f).equals(Set.of("icao:ae01c5", "icao:155027"))).findFirst().orElseThrow();
            Statement dispute = new Statement(Statement.Kind.DISPUTE, target.index(), target.leafHash(),
                    "our sensors put the closest approach further away", null, target.incident().endMillis() + 3_600_000);
            assertThat(la.submitStatement(dispute, plKey)).isInstanceOf(Submission.Accepted.class);
            Statement ack = new Statement(Statement.Kind.ACKNOWLEDGE, target.index(), target.leafHash(), null, null,
                    target.incident().endMillis() + 7_200_000);
            assertThat(la.submitStatement(ack, plKey)).isInstanceOf(Submission.Accepted.class);
            NoteKeys.Signer forger = NoteKeys.generate("pl-node");   // same name, not the configured key
            Submission forged = la.submitStatement(ack, forger);
            assertThat(forged).isInstanceOf(Submission.Rejected.class);
            assertThat(((Submission.Rejected) forged).reason()).isEqualTo(Rejection.BAD_SIGNATURE);
            // a party may answer but not file incidents in the other's ledger
            Submission filedByParty = la.fileIncident(target.incident(), plKey);
            assertThat(((Submission.Rejected) filedByParty).reason()).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            la.publishCheckpoint();
            assertThat(Ledger.verify(la.directory()).ok()).isTrue();
        }
    }

    private static Set<Set<String>> pairs(List<Incident> incidents) {
        return incidents.stream().map(i -> i.participants().stream().map(TargetKey::toString).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static Set<String> targets(FiledIncident f) {
        return f.incident().participants().stream().map(p -> p.targetId()).collect(Collectors.toSet());
    }
}

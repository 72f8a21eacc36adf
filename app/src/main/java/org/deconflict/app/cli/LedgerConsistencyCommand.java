package org.deconflict.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.json.CanonicalJson;
import org.deconflict.ledger.merkle.ProofVerifier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code deconflict ledger consistency A B}: RFC 9162 consistency proof between tree sizes A and B, as JSON. */
@Command(name = "consistency", mixinStandardHelpOptions = true,
        description = "Print the consistency proof from tree size A to tree size B as JSON.")
public final class LedgerConsistencyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "Older tree size (> 0)")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Newer tree size (>= A)")
    String b;

    @Mixin
    LedgerDirOption dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long size1 = Long.parseUnsignedLong(a);
        long size2 = Long.parseUnsignedLong(b);
        try (Ledger ledger = Ledger.open(dir.dir)) {
            if (size1 == 0 || Long.compareUnsigned(size1, size2) > 0 || Long.compareUnsigned(size2, ledger.size()) > 0) {
                spec.commandLine().getErr().println("ledger consistency: need 0 < A <= B <= " + ledger.size());
                return 1;
            }
            List<byte[]> proof = ledger.consistencyProof(size1, size2);
            byte[] root1 = ledger.root(size1);
            byte[] root2 = ledger.root(size2);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("size1", size1);
            out.put("size2", size2);
            out.put("root1", LedgerProofs.b64(root1));
            out.put("root2", LedgerProofs.b64(root2));
            out.put("proof", LedgerProofs.b64(proof));
            spec.commandLine().getOut().println(CanonicalJson.string(out));
            return ProofVerifier.verifyConsistency(size1, size2, root1, root2, proof) == ProofVerifier.Failure.OK ? 0 : 1;
        }
    }
}

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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deconflict ledger prove N}: RFC 9162 inclusion proof of entry N in the latest checkpoint, as JSON. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = "Print the inclusion proof of entry N in the latest checkpoint (or --size) as JSON.")
public final class LedgerProveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "N", description = "Entry index")
    String index;

    @Option(names = "--size", description = "Tree size to prove against (default: latest checkpoint)")
    String size;

    @Mixin
    LedgerDirOption dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long n = Long.parseUnsignedLong(index);
        try (Ledger ledger = Ledger.open(dir.dir)) {
            long treeSize = size != null ? Long.parseUnsignedLong(size) : LedgerProofs.checkpointSize(ledger);
            if (Long.compareUnsigned(n, treeSize) >= 0 || Long.compareUnsigned(treeSize, ledger.size()) > 0) {
                spec.commandLine().getErr().println("ledger prove: need N < size <= " + ledger.size());
                return 1;
            }
            List<byte[]> proof = ledger.inclusionProof(n, treeSize);
            byte[] root = ledger.root(treeSize);
            byte[] leaf = ledger.leafHash(n);
            ProofVerifier.Failure check = ProofVerifier.verifyInclusion(n, treeSize, leaf, proof, root);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("leafIndex", n);
            out.put("treeSize", treeSize);
            out.put("leafHash", LedgerProofs.b64(leaf));
            out.put("root", LedgerProofs.b64(root));
            out.put("proof", LedgerProofs.b64(proof));
            spec.commandLine().getOut().println(CanonicalJson.string(out));
            return check == ProofVerifier.Failure.OK ? 0 : 1;
        }
    }
}

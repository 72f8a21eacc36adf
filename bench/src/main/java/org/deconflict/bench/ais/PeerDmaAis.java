package org.deconflict.bench.ais;

import dk.dma.ais.message.AisMessage;
import dk.dma.ais.message.AisPositionMessage;
import dk.dma.ais.sentence.Vdm;

/**
 * The peer: DMA AisLib 2.8.5 as its documentation uses it: {@code Vdm.parse(line)} until the message is complete,
 * then {@code AisMessage.getInstance(vdm)}, whose constructors decode every field of the message type.
 */
public final class PeerDmaAis {

    public long messages;
    public long rejects;
    private long sum;
    private Vdm vdm = new Vdm();

    public long decode(String sentence) {
        try {
            int more = vdm.parse(sentence);
            if (more == 0) {
                AisMessage m = AisMessage.getInstance(vdm);
                vdm = new Vdm();
                messages++;
                sum += m.getUserId() + m.getMsgId();
                if (m instanceof AisPositionMessage p) {
                    sum += p.getPos().getRawLatitude() + p.getPos().getRawLongitude() + p.getSog() + p.getCog();
                }
            }
        } catch (Exception e) {
            vdm = new Vdm();
            rejects++;
        }
        return sum;
    }

    /** Every sentence in order: the loop the timed passes run. */
    public long decodeAll(String[] sentences) {
        long s = 0;
        for (String sentence : sentences) {
            s += decode(sentence);
        }
        return s;
    }
}

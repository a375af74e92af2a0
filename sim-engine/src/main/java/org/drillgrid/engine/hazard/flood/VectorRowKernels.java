package org.drillgrid.engine.hazard.flood;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowKernels} with the Vector API (an incubator module in Java 17): each loop works as many lanes
 * at a time as the processor's widest vectors hold (8 doubles with AVX-512) straight from the grid
 * arrays, and leaves the last few entries to the plain loop. The arithmetic is the plain loop's,
 * operation for operation. The differences are of form only: a dry face, which the plain loop skips,
 * is worked and then replaced by 0; eight faces with none wet are set to 0 without working them; and
 * eight cells that all hold enough water get the factor 1 without the division (available / available
 * is exactly 1). Loaded by name only, so that the rest of the solver runs in a JVM without the module.
 */
final class VectorRowKernels extends RowKernels {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;

    @Override
    void faces(int count, double[] bed, double[] manning, int a, int b, double[] hA, double[] hB, double[] q,
            int qAt, double[] qBefore, int before, double[] qAfter, int after, FaceTerms k, double[] out, int outAt) {
        int end = D.loopBound(count);
        int i = 0;
        for (; i < end; i += D.length()) {
            DoubleVector bedA = DoubleVector.fromArray(D, bed, a + i);
            DoubleVector bedB = DoubleVector.fromArray(D, bed, b + i);
            DoubleVector etaA = bedA.add(DoubleVector.fromArray(D, hA, a + i));
            DoubleVector etaB = bedB.add(DoubleVector.fromArray(D, hB, b + i));
            DoubleVector depth = etaA.max(etaB).sub(bedA.max(bedB));
            VectorMask<Double> wet = depth.compare(VectorOperators.GT, k.wetDry());
            if (!wet.anyTrue()) { // dry ground, most of a city
                DoubleVector.zero(D).intoArray(out, outAt + i);
                continue;
            }
            DoubleVector hf = DoubleVector.broadcast(D, 1).blend(depth, wet);
            // Friction.depthFactor, written out: C2 inlines the Vector API's methods whatever the size of the
            // loop, but not methods of ours that take vectors, and a vector that crosses a call is boxed
            LongVector bits = hf.reinterpretAsLongs();
            LongVector third = bits.lanewise(VectorOperators.LSHR, 2).add(bits.lanewise(VectorOperators.LSHR, 4));
            third = third.add(third.lanewise(VectorOperators.LSHR, 4));
            third = third.add(third.lanewise(VectorOperators.LSHR, 8));
            third = third.add(third.lanewise(VectorOperators.LSHR, 16));
            DoubleVector y = LongVector.broadcast(L, Friction.INVERSE_CUBE_ROOT).sub(third).reinterpretAsDoubles();
            for (int step = 0; step < 2; step++) {
                DoubleVector e = DoubleVector.broadcast(D, 1).sub(hf.mul(y).mul(y).mul(y));
                DoubleVector poly = e.mul(14.0 / 81).add(2.0 / 9).mul(e).add(1.0 / 3);
                y = y.add(y.mul(e).mul(poly));
            }
            DoubleVector y2 = y.mul(y);
            DoubleVector factor = y2.mul(y2).mul(y2).mul(y);
            DoubleVector n = DoubleVector.fromArray(D, manning, a + i).add(DoubleVector.fromArray(D, manning, b + i))
                    .mul(0.5);
            DoubleVector qNow = DoubleVector.fromArray(D, q, qAt + i);
            DoubleVector friction = DoubleVector.broadcast(D, k.gDt()).mul(n).mul(n).mul(qNow.abs()).mul(factor)
                    .add(1);
            DoubleVector qAvg = qNow.mul(k.theta()).add(DoubleVector.fromArray(D, qBefore, before + i)
                    .add(DoubleVector.fromArray(D, qAfter, after + i)).mul(k.side()));
            DoubleVector rise = etaB.sub(etaA);
            DoubleVector flux = qAvg.sub(DoubleVector.broadcast(D, k.gDtOverDx()).mul(hf).mul(rise)).div(friction);
            DoubleVector.zero(D).blend(flux, wet).intoArray(out, outAt + i);
        }
        facesFrom(i, count, bed, manning, a, b, hA, hB, q, qAt, qBefore, before, qAfter, after, k, out, outAt);
    }

    @Override
    void limiter(int count, double[] x, double[] north, double[] south, double[] h, int hAt, double dx, double dt,
            double[] f, int fAt) {
        double area = dx * dx;
        int end = D.loopBound(count);
        int c = 0;
        for (; c < end; c += D.length()) {
            DoubleVector outflow = DoubleVector.fromArray(D, x, c + 1).max(0)
                    .add(DoubleVector.fromArray(D, x, c).neg().max(0))
                    .add(DoubleVector.fromArray(D, south, c).max(0))
                    .add(DoubleVector.fromArray(D, north, c).neg().max(0));
            DoubleVector volumeOut = outflow.mul(dx).mul(dt);
            DoubleVector available = DoubleVector.fromArray(D, h, hAt + c).mul(area);
            VectorMask<Double> enough = volumeOut.compare(VectorOperators.LE, available)
                    .and(available.compare(VectorOperators.GT, 0));
            if (enough.allTrue()) { // the usual case: available / available
                DoubleVector.broadcast(D, 1).intoArray(f, fAt + c);
            } else {
                available.div(volumeOut.max(available).max(Double.MIN_VALUE)).intoArray(f, fAt + c);
            }
        }
        limiterFrom(c, count, x, north, south, h, hAt, dx, dt, f, fAt);
    }

    @Override
    void limit(int count, double[] raw, double[] behind, int behindAt, double[] ahead, int aheadAt, double[] out,
            int outAt) {
        int end = D.loopBound(count);
        int i = 0;
        for (; i < end; i += D.length()) {
            DoubleVector r = DoubleVector.fromArray(D, raw, i);
            r.max(0).mul(DoubleVector.fromArray(D, behind, behindAt + i))
                    .add(r.min(0).mul(DoubleVector.fromArray(D, ahead, aheadAt + i)))
                    .intoArray(out, outAt + i);
        }
        limitFrom(i, count, raw, behind, behindAt, ahead, aheadAt, out, outAt);
    }

    @Override
    void continuity(int count, double[] h, int hAt, double[] qx, int xAt, double[] north, int northAt,
            double[] south, int southAt, double dtOverDx, double[] depth) {
        int end = D.loopBound(count);
        int c = 0;
        for (; c < end; c += D.length()) {
            DoubleVector flow = DoubleVector.fromArray(D, qx, xAt + c).sub(DoubleVector.fromArray(D, qx, xAt + c + 1))
                    .add(DoubleVector.fromArray(D, north, northAt + c))
                    .sub(DoubleVector.fromArray(D, south, southAt + c));
            DoubleVector.fromArray(D, h, hAt + c).add(flow.mul(dtOverDx)).intoArray(depth, c);
        }
        continuityFrom(c, count, h, hAt, qx, xAt, north, northAt, south, southAt, dtOverDx, depth);
    }

    @Override
    double continuityWithRain(int count, double[] h, int hAt, double[] qx, int xAt, double[] north,
            int northAt, double[] south, int southAt, double dtOverDx, double rain, double[] hNext, double deepest) {
        int end = D.loopBound(count);
        int c = 0;
        DoubleVector deep = DoubleVector.broadcast(D, deepest);
        for (; c < end; c += D.length()) {
            DoubleVector flow = DoubleVector.fromArray(D, qx, xAt + c).sub(DoubleVector.fromArray(D, qx, xAt + c + 1))
                    .add(DoubleVector.fromArray(D, north, northAt + c))
                    .sub(DoubleVector.fromArray(D, south, southAt + c));
            DoubleVector d = DoubleVector.fromArray(D, h, hAt + c).add(flow.mul(dtOverDx)).add(rain);
            VectorMask<Double> roundOff = d.compare(VectorOperators.LT, 0).and(d.compare(VectorOperators.GT, -ROUND_OFF));
            d = d.blend(0, roundOff);
            d.intoArray(hNext, hAt + c);
            deep = deep.max(d);
        }
        return continuityWithRainFrom(c, count, h, hAt, qx, xAt, north, northAt, south, southAt, dtOverDx, rain,
                hNext, deep.reduceLanes(VectorOperators.MAX));
    }
}

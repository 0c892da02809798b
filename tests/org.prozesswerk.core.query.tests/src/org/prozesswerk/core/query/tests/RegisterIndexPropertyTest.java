package org.prozesswerk.core.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;

/**
 * Property tests: on random registers the index answers every random query exactly like a brute-force scan, both
 * right after building and after each of many random edits.
 */
class RegisterIndexPropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 17, 4711 })
    void indexEqualsBruteForceOnRandomRegisters(long seed) {
        RandomWorld world = new RandomWorld(seed, 1500);
        RegisterIndex index = RegisterIndex.build(world.register());
        Oracle oracle = new Oracle(world.register());
        oracle.checkSize(index, "seed " + seed);
        for (int i = 0; i < 500; i++) {
            oracle.check(index, world.randomQuery(), "seed " + seed + ", query " + i);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 5, 6, 7, 8, 9 })
    void indexFollowsRandomEdits(long seed) {
        RandomWorld world = new RandomWorld(seed, 300);
        RegisterIndex index = RegisterIndex.build(world.register());
        Deque<String> recent = new ArrayDeque<>();
        for (int step = 0; step < 400; step++) {
            recent.addLast(world.randomEdit());
            if (recent.size() > 6) {
                recent.removeFirst();
            }
            Oracle oracle = new Oracle(world.register());
            String context = "seed " + seed + ", step " + step + " after " + recent;
            oracle.checkSize(index, context);
            for (int i = 0; i < 12; i++) {
                oracle.check(index, world.randomQuery(), context);
            }
        }
        // The edited index also answers like one built from scratch.
        RegisterIndex fresh = RegisterIndex.build(world.register());
        for (int i = 0; i < 200; i++) {
            RegisterQuery query = world.randomQuery();
            assertEquals(new HashSet<>(fresh.find(query)), new HashSet<>(index.find(query)), query::toString);
        }
        fresh.dispose();
        index.dispose();
    }
}

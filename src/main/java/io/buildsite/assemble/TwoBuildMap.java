package io.buildsite.assemble;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A cache that keeps what the last build and this one used, and forgets the rest when a build ends,
 * without a pass over its entries: what this build used becomes "last build", in one step.
 */
final class TwoBuildMap<K, V> {
    private volatile Map<K, V> last = new ConcurrentHashMap<>();
    private volatile Map<K, V> now = new ConcurrentHashMap<>();

    /** The value for {@code key}, from this build or the last one, else made. */
    V get(K key, Function<K, V> make) {
        V value = now.get(key);
        if (value != null) {
            return value;
        }
        value = last.get(key);
        if (value == null) {
            value = make.apply(key);
        }
        V raced = now.putIfAbsent(key, value);
        return raced != null ? raced : value;
    }

    /** {@code made}, or the equal value the last build had for {@code key}, so unchanged values keep their identity. */
    V same(K key, V made) {
        V old = now.get(key);
        if (old == null) {
            old = last.get(key);
        }
        V value = made.equals(old) ? old : made;
        now.put(key, value);
        return value;
    }

    /** Forgets the entries whose key matches, at once rather than when the next build ends. */
    void forget(Predicate<K> matching) {
        now.keySet().removeIf(matching);
        last.keySet().removeIf(matching);
    }

    void endBuild() {
        last = now;
        now = new ConcurrentHashMap<>();
    }

    int size() {
        return now.size() + last.size();
    }
}

package com.thousandproxy.domain.shared;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The expected transitions of a state machine written out by hand, independent of the production
 * table, from which every legal and every illegal pair is generated.
 */
public final class TransitionTable<S extends Enum<S>> {

  private final Class<S> type;
  private final Map<S, Set<S>> legal;

  private TransitionTable(Class<S> type) {
    this.type = type;
    this.legal = new EnumMap<>(type);
    for (S state : type.getEnumConstants()) {
      legal.put(state, EnumSet.noneOf(type));
    }
  }

  public static <S extends Enum<S>> TransitionTable<S> of(Class<S> type) {
    return new TransitionTable<>(type);
  }

  @SafeVarargs
  public final TransitionTable<S> from(S from, S... to) {
    legal.get(from).addAll(List.of(to));
    return this;
  }

  public List<S> states() {
    return List.of(type.getEnumConstants());
  }

  public Set<S> successorsOf(S from) {
    return legal.get(from);
  }

  public List<Arguments> legalPairs() {
    return pairs(true);
  }

  public List<Arguments> illegalPairs() {
    return pairs(false);
  }

  private List<Arguments> pairs(boolean wanted) {
    var pairs = new ArrayList<Arguments>();
    for (S from : type.getEnumConstants()) {
      for (S to : type.getEnumConstants()) {
        if (legal.get(from).contains(to) == wanted) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs;
  }
}

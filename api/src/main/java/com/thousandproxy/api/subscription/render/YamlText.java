package com.thousandproxy.api.subscription.render;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes maps, lists, strings, numbers and booleans as block YAML in which every string value is
 * double-quoted: names and secrets may hold colons, {@code #}, leading {@code *} or text that a
 * YAML 1.2 reader would take for a number ({@code 0o17}), and quoting all of them is the one safe
 * rule. Keys are ours and plain.
 */
final class YamlText {

  private YamlText() {}

  static String write(Map<String, ?> document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    StringWriter out = new StringWriter();
    new Yaml(options).serialize(node(document, false), out);
    return out.toString();
  }

  private static Node node(Object value, boolean key) {
    if (value instanceof Map<?, ?> map) {
      List<NodeTuple> tuples = new ArrayList<>(map.size());
      map.forEach((k, v) -> tuples.add(new NodeTuple(node(k, true), node(v, false))));
      return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }
    if (value instanceof List<?> list) {
      List<Node> items = list.stream().map(item -> node(item, false)).toList();
      return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
    }
    if (value instanceof Boolean bool) {
      return scalar(Tag.BOOL, bool.toString(), ScalarStyle.PLAIN);
    }
    if (value instanceof Integer || value instanceof Long) {
      return scalar(Tag.INT, value.toString(), ScalarStyle.PLAIN);
    }
    if (value instanceof String text) {
      return scalar(Tag.STR, text, key ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
    }
    throw new IllegalArgumentException("not writable as YAML: " + value);
  }

  private static Node scalar(Tag tag, String value, ScalarStyle style) {
    return new ScalarNode(tag, value, null, null, style);
  }
}

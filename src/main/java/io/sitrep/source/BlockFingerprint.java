package io.sitrep.source;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A SHA-256 digest of one element's subtree exactly as parsed (every tag, attribute, text, script and comment, with
 * lengths so no two trees write the same) and of the context its reading depends on: two blocks with the same
 * fingerprint read the same, so a block unchanged since the last poll need not be read again.
 */
final class BlockFingerprint {

    private BlockFingerprint() {
    }

    /** The fingerprint of {@code element} and the address its relative links resolve against, as a 32-char key. */
    static String of(Element element) {
        StringBuilder out = new StringBuilder(1024);
        field(out, element.baseUri());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    out.append('E');
                    field(out, e.tagName());
                    for (Attribute attribute : e.attributes()) {
                        field(out, attribute.getKey());
                        field(out, attribute.getValue());
                    }
                    out.append('>');
                } else if (node instanceof TextNode text) {
                    out.append(node.nodeName().equals("#cdata") ? 'C' : 'T');
                    field(out, text.getWholeText());
                } else if (node instanceof DataNode data) {
                    out.append('D');
                    field(out, data.getWholeData());
                } else if (node instanceof Comment comment) {
                    out.append('M');
                    field(out, comment.getData());
                } else {
                    out.append('O');
                    field(out, node.outerHtml());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    out.append('<');
                }
            }
        }, element);
        return Hashes.digestKey(out);
    }

    /** A key for reading a block of this fingerprint with these settings (page URL, selectors; null for none). */
    static String with(String fingerprint, String... context) {
        StringBuilder out = new StringBuilder(fingerprint);
        for (String part : context) {
            if (part == null) {
                out.append('N');
            } else {
                out.append('S');
                field(out, part);
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value);
    }

}

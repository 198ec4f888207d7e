package io.sitrep.chat;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Console mode's "Telegram": prints each message, as plain text, to the terminal. */
class ConsoleChatGateway implements ChatGateway {

    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();

    private final ConsoleButtons shown;

    ConsoleChatGateway(PrintStream out, ConsoleButtons shown) {
        this.out = out;
        this.shown = shown;
    }

    @Override
    public SendResult send(long chatId, Integer threadId, String html, boolean paidBroadcast) {
        long id = ids.incrementAndGet();
        print("\n" + plain(html) + "\n");
        return new SendResult.Sent(id);
    }

    @Override
    public SendResult send(long chatId, Integer threadId, String html, Buttons buttons) {
        if (buttons == null || buttons.isEmpty()) {
            return send(chatId, threadId, html);
        }
        long id = ids.incrementAndGet();
        StringBuilder labels = new StringBuilder();
        buttons.rows().forEach(row -> row.forEach(b -> labels.append("[ ").append(b.text()).append(" ] ")));
        shown.show(buttons);
        print("\n" + plain(html) + "\n" + labels.toString().strip() + "   (type a button's label to press it)\n");
        return new SendResult.Sent(id);
    }

    @Override
    public SendResult answerCallback(String callbackId, String text) {
        return new SendResult.Sent(0);
    }

    /** The console user owns the only chat there is. */
    @Override
    public MemberStatus memberStatus(long chatId, long userId) {
        return MemberStatus.CREATOR;
    }

    @Override
    public SendResult setCommands(MenuScope scope, java.util.List<MenuCommand> commands) {
        return new SendResult.Sent(0);
    }

    @Override
    public SendResult sendPhoto(long chatId, Integer threadId, byte[] png, String captionHtml) {
        long id = ids.incrementAndGet();
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("data", "maps");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path file = dir.resolve("map-" + System.currentTimeMillis() + ".png");
            java.nio.file.Files.write(file, png);
            print("\n[map written to " + file.toAbsolutePath() + "]\n" + plain(captionHtml) + "\n");
        } catch (java.io.IOException e) {
            print("\n[the map could not be written: " + e.getMessage() + "]\n" + plain(captionHtml) + "\n");
        }
        return new SendResult.Sent(id);
    }

    @Override
    public SendResult edit(long chatId, long messageId, String html) {
        print("\n[message " + messageId + " edited]\n" + plain(html) + "\n");
        return new SendResult.Sent(messageId);
    }

    private synchronized void print(String text) {
        out.println(text);
        out.print("> ");
        out.flush();
    }

    /** Telegram HTML to terminal text: tags dropped, entities decoded, link targets shown after their text. */
    static String plain(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        for (Element a : fragment.select("a[href]")) {
            String href = a.attr("href");
            if (!a.text().equals(href)) {
                a.appendText(" <" + href + ">");
            }
        }
        return fragment.body().wholeText();
    }
}

package dev.wharf.installer.icon;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Wharf's icon, drawn with Java2D so that it is its own source: three shipping containers (the
 * workers) stacked on a pier over the water, on a blue rounded square. Drawn on a 1024-unit canvas
 * and scaled, so every size is drawn rather than resampled. Touches no file; {@link IconSet} writes.
 */
public final class WharfIcon {

    private static final double CANVAS = 1024;

    private static final Color SKY_TOP = new Color(0x2B6CB0);
    private static final Color SKY_BOTTOM = new Color(0x1A365D);
    private static final Color WATER = new Color(0x63B3ED);
    private static final Color PIER = new Color(0xF7FAFC);
    private static final Color ORANGE = new Color(0xF6AD55);
    private static final Color TEAL = new Color(0x4FD1C5);
    private static final Color SAND = new Color(0xFAF089);

    private WharfIcon() {}

    /** The icon as a square ARGB image of {@code size} pixels. */
    public static BufferedImage paint(int size) {
        if (size < 16 || size > 4096) {
            throw new IllegalArgumentException("icon size " + size + " is out of range; use 16 to 4096 pixels");
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / CANVAS, size / CANVAS);
            draw(g, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, int size) {
        Shape tile = new RoundRectangle2D.Double(64, 64, 896, 896, 200, 200);
        g.setPaint(new GradientPaint(0, 64, SKY_TOP, 0, 960, SKY_BOTTOM));
        g.fill(tile);
        g.clip(tile);

        container(g, ORANGE, 236, 380, 264, 150, size);
        container(g, TEAL, 524, 380, 264, 150, size);
        container(g, SAND, 380, 224, 264, 150, size);

        // The pier: a deck and the piles that carry it down into the water.
        g.setColor(PIER);
        g.fill(new RoundRectangle2D.Double(176, 530, 672, 56, 28, 28));
        for (int x : new int[] {236, 420, 580, 764}) {
            g.fill(new RoundRectangle2D.Double(x - 22, 580, 44, 220, 16, 16));
        }

        // Two waves across the piles, the lower one fainter, as water seen in depth; at the smallest
        // sizes the second would only blur the first.
        g.setStroke(new BasicStroke(40, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(WATER);
        g.draw(wave(700));
        if (size >= 32) {
            g.setColor(new Color(WATER.getRed(), WATER.getGreen(), WATER.getBlue(), 150));
            g.draw(wave(800));
        }
    }

    /** A container: a coloured box whose corrugation shows only where there are pixels enough for it. */
    private static void container(
            Graphics2D g, Color color, double x, double y, double width, double height, int size) {
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 24, 24));
        if (size < 48) {
            return;
        }
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int rib = 1; rib <= 4; rib++) {
            double ribX = x + rib * width / 5;
            g.draw(new Line2D.Double(ribX, y + 30, ribX, y + height - 30));
        }
    }

    private static Shape wave(double y) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(20, y);
        for (double x = 20; x < 1004; x += 160) {
            path.curveTo(x + 26, y - 30, x + 54, y - 30, x + 80, y);
            path.curveTo(x + 106, y + 30, x + 134, y + 30, x + 160, y);
        }
        return path;
    }
}

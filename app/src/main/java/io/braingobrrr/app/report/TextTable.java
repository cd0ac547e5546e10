package io.braingobrrr.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns. Columns whose cells are all numbers are right-aligned so
 * digits line up; everything else is left-aligned. Without headers it prints a key/value block.
 */
public final class TextTable {
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = headers.clone();
    }

    public TextTable add(Object... cells) {
        String[] row = new String[Math.max(cells.length, headers.length)];
        Arrays.fill(row, "");
        for (int i = 0; i < cells.length; i++) row[i] = cells[i] == null ? "" : cells[i].toString();
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public void print(PrintWriter out, String indent) {
        int columns = headers.length;
        for (String[] r : rows) columns = Math.max(columns, r.length);
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        Arrays.fill(numeric, true);
        for (int c = 0; c < headers.length; c++) width[c] = headers[c].length();
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
                if (!r[c].isEmpty() && !isNumber(r[c])) numeric[c] = false;
            }
        }
        if (headers.length > 0) printRow(out, indent, headers, width, numeric);
        for (String[] r : rows) printRow(out, indent, r, width, numeric);
    }

    private static void printRow(PrintWriter out, String indent, String[] cells, int[] width, boolean[] right) {
        StringBuilder sb = new StringBuilder(indent);
        for (int c = 0; c < width.length; c++) {
            String cell = c < cells.length ? cells[c] : "";
            int pad = width[c] - cell.length();
            if (right[c]) sb.append(" ".repeat(pad)).append(cell);
            else sb.append(cell).append(" ".repeat(c == width.length - 1 ? 0 : pad));
            if (c < width.length - 1) sb.append("  ");
        }
        out.println(sb.toString().stripTrailing());
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

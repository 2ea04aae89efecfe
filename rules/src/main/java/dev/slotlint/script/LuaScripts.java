package dev.slotlint.script;


import org.luaj.vm2.ast.Chunk;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.Name;
import org.luaj.vm2.ast.Stat;
import org.luaj.vm2.ast.Visitor;
import org.luaj.vm2.parser.LuaParser;
import org.luaj.vm2.parser.ParseException;
import org.luaj.vm2.parser.TokenMgrError;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Lua script with luaj's parser and finds the keys its {@code redis.call}/{@code redis.pcall} commands
 * touch: taken from {@code KEYS} (declared, as Redis Cluster requires), or built inside the script from literals and
 * {@code ARGV} (undeclared: the cluster refuses them whenever they live on another node).
 */
public final class LuaScripts {

    private LuaScripts() {
    }

    /** Where a key used by the script comes from. */
    public enum Origin {
        /** {@code KEYS[n]}, or a local or loop variable holding one. */
        DECLARED,
        /** Built from literals and {@code ARGV}: a key the caller did not pass in {@code KEYS}. */
        BUILT,
        /**
         * Taken from data: a reply of Redis ({@code SMEMBERS}, {@code HGET}), an element of one, text split from
         * a value, or a key joined from such parts: not passed in {@code KEYS} either.
         */
        DATA,
        /** Something the analysis cannot follow (a function result, a key derived from a declared one). */
        UNKNOWN
    }

    /**
     * A key argument of a Redis command in the script.
     *
     * @param expression the key expression as written in the script; for a local, its name and value
     *                   ({@code stock = 'stock:' .. ARGV[1]})
     * @param line       its 1-based line in the script
     * @param lineText   that line of the script, trimmed
     */
    public record ScriptKey(String command, String expression, Origin origin, int line, String lineText) {
    }

    /**
     * What the script holds.
     *
     * @param error a parse error, or null
     */
    public record Analysis(List<ScriptKey> keys, String error) {

        /** The keys built inside the script or taken from data, each expression once (at its first use). */
        public List<ScriptKey> built() {
            Map<String, ScriptKey> first = new java.util.LinkedHashMap<>();
            keys.stream().filter(k -> k.origin() == Origin.BUILT || k.origin() == Origin.DATA)
                    .forEach(k -> first.putIfAbsent(k.expression(), k));
            return List.copyOf(first.values());
        }
    }

    public static Analysis analyse(String script) {
        Chunk chunk;
        try {
            chunk = new LuaParser(new StringReader(script)).Chunk();
        } catch (ParseException | TokenMgrError | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("");
            return new Analysis(List.of(), message);
        }
        String[] lines = script.split("\r?\n|\r", -1);
        KeyFinder finder = new KeyFinder(lines);
        chunk.accept(finder);
        return new Analysis(List.copyOf(finder.keys), null);
    }

    /** Walks the script, tracking what each local holds, and records the key arguments of Redis commands. */
    private static final class KeyFinder extends Visitor {

        private final String[] lines;
        private final List<ScriptKey> keys = new ArrayList<>();
        private final Map<String, Origin> locals = new HashMap<>();
        private final Map<String, String> definitions = new HashMap<>();

        KeyFinder(String[] lines) {
            this.lines = lines;
        }

        @Override
        public void visit(Stat.LocalAssign assign) {
            super.visit(assign);
            for (int i = 0; i < assign.names.size(); i++) {
                Exp value = assign.values != null && i < assign.values.size() ? (Exp) assign.values.get(i) : null;
                String name = ((Name) assign.names.get(i)).name;
                locals.put(name, value == null ? Origin.UNKNOWN : origin(value));
                if (value != null) {
                    definitions.put(name, text(value));
                }
            }
        }

        @Override
        public void visit(Stat.Assign assign) {
            super.visit(assign);
            for (int i = 0; i < assign.vars.size(); i++) {
                if (assign.vars.get(i) instanceof Exp.NameExp name && assign.exps != null && i < assign.exps.size()) {
                    locals.put(name.name.name, origin((Exp) assign.exps.get(i)));
                }
            }
        }

        @Override
        public void visit(Stat.GenericFor loop) {
            Exp.FuncCall iterator = loop.exps.size() == 1 && loop.exps.get(0) instanceof Exp.FuncCall call
                    ? call : null;
            List<?> arguments = iterator == null || iterator.args.exps == null ? List.of() : iterator.args.exps;
            String function = iterator == null ? "" : functionName(iterator);
            boolean overTable = (function.equals("ipairs") || function.equals("pairs")) && arguments.size() == 1;
            if (overTable && arguments.get(0) instanceof Exp.NameExp table && table.name.name.equals("KEYS")) {
                if (loop.names.size() >= 2) {
                    locals.put(((Name) loop.names.get(1)).name, Origin.DECLARED);
                }
            } else if (overTable && origin((Exp) arguments.get(0)) == Origin.DATA) {
                // for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])): each value is an element of a reply
                loop.names.forEach(n -> locals.put(((Name) n).name, Origin.DATA));
            } else if (function.equals("gmatch")) {
                loop.names.forEach(n -> locals.put(((Name) n).name, Origin.DATA));
            } else {
                loop.names.forEach(n -> locals.put(((Name) n).name, Origin.UNKNOWN));
            }
            super.visit(loop);
        }

        /** {@code ipairs}, {@code redis.call}'s {@code call}, {@code gmatch} of {@code s:gmatch} or {@code string.gmatch}. */
        private static String functionName(Exp.FuncCall call) {
            if (call instanceof Exp.MethodCall method) {
                return method.name;
            }
            if (call.lhs instanceof Exp.NameExp name) {
                return name.name.name;
            }
            return call.lhs instanceof Exp.FieldExp field ? field.name.name : "";
        }

        private static boolean isRedisCall(Exp expression) {
            return expression instanceof Exp.FuncCall call && call.lhs instanceof Exp.FieldExp field
                    && field.lhs instanceof Exp.NameExp redis && redis.name.name.equals("redis")
                    && (field.name.name.equals("call") || field.name.name.equals("pcall"));
        }

        @Override
        public void visit(Exp.FuncCall call) {
            super.visit(call);
            if (!(call.lhs instanceof Exp.FieldExp field) || !(field.lhs instanceof Exp.NameExp redis)
                    || !redis.name.name.equals("redis")
                    || !(field.name.name.equals("call") || field.name.name.equals("pcall"))) {
                return;
            }
            List<?> arguments = call.args.exps == null ? List.of() : call.args.exps;
            if (arguments.isEmpty() || !(arguments.get(0) instanceof Exp.Constant constant)
                    || !constant.value.isstring()) {
                return;
            }
            String command = constant.value.tojstring().toUpperCase(Locale.ROOT);
            for (int position : RedisKeySpecs.keyPositions(command, arguments.size() - 1)) {
                Exp key = (Exp) arguments.get(position);
                String written = text(key);
                if (key instanceof Exp.NameExp name && definitions.containsKey(name.name.name)) {
                    written += " = " + definitions.get(name.name.name);
                }
                keys.add(new ScriptKey(command, written, origin(key), key.beginLine, lineText(key.beginLine)));
            }
        }

        private Origin origin(Exp expression) {
            if (expression instanceof Exp.IndexExp index && index.lhs instanceof Exp.NameExp table) {
                return switch (table.name.name) {
                    case "KEYS" -> Origin.DECLARED;
                    case "ARGV" -> Origin.BUILT;
                    default -> locals.get(table.name.name) == Origin.DATA ? Origin.DATA : Origin.UNKNOWN;
                };
            }
            if (isRedisCall(expression)) {
                return Origin.DATA;
            }
            if (expression instanceof Exp.NameExp name) {
                return locals.getOrDefault(name.name.name, Origin.UNKNOWN);
            }
            if (expression instanceof Exp.Constant constant) {
                return constant.value.isstring() ? Origin.BUILT : Origin.UNKNOWN;
            }
            if (expression instanceof Exp.ParensExp parens) {
                return origin(parens.exp);
            }
            if (expression instanceof Exp.BinopExp binary && binary.op == org.luaj.vm2.Lua.OP_CONCAT) {
                return joined(List.of(origin(binary.lhs), origin(binary.rhs)));
            }
            if (expression instanceof Exp.FuncCall call && call.lhs instanceof Exp.FieldExp field
                    && field.lhs instanceof Exp.NameExp module && module.name.name.equals("string")
                    && field.name.name.equals("format") && call.args.exps != null) {
                List<Origin> parts = new ArrayList<>();
                for (Object argument : call.args.exps) {
                    parts.add(origin((Exp) argument));
                }
                return joined(parts);
            }
            return Origin.UNKNOWN;
        }

        /**
         * The origin of text joined from parts: a new key, not one passed in KEYS even when a part is
         * ({@code KEYS[1] .. ':lock'}); taken from data when a part is; unknown when any part is.
         */
        private static Origin joined(List<Origin> parts) {
            if (parts.contains(Origin.UNKNOWN)) {
                return Origin.UNKNOWN;
            }
            return parts.contains(Origin.DATA) ? Origin.DATA : Origin.BUILT;
        }

        /** The expression as written, cut from the script by its position. */
        private String text(Exp expression) {
            if (expression.beginLine < 1 || expression.beginLine != expression.endLine
                    || expression.beginLine > lines.length) {
                return lineText(expression.beginLine);
            }
            String line = lines[expression.beginLine - 1];
            int from = Math.max(0, expression.beginColumn - 1);
            int to = Math.min(line.length(), expression.endColumn);
            String text = from < to ? line.substring(from, to) : line;
            return text.replaceFirst("^[\\s,(=]+", "").strip();
        }

        private String lineText(int line) {
            return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        }

    }
}

package dev.slotlint.key;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;

/** Java's arithmetic, comparisons of booleans, casts and unary operators, on constants; unknown otherwise. */
final class Arithmetic {

    private final KeyEvaluator evaluator;

    Arithmetic(KeyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    static Value.Single number(long value, Value.Kind kind) {
        return new Value.Single(KeyValue.text(Long.toString(value)), kind, value);
    }

    static Value.Single decimal(double value, Value.Kind kind) {
        String text = kind == Value.Kind.FLOAT ? Float.toString((float) value) : Double.toString(value);
        return new Value.Single(KeyValue.text(text), kind, value);
    }

    /** A binary operator other than {@code +}. */
    Value binary(BinaryExpr binary, Env env) {
        Value a = evaluator.eval(binary.getLeft(), env);
        BinaryExpr.Operator operator = binary.getOperator();
        if ((operator == BinaryExpr.Operator.AND || operator == BinaryExpr.Operator.OR)
                && a instanceof Value.Single left && left.constant() instanceof Boolean x
                && x == (operator == BinaryExpr.Operator.OR)) {
            return left;
        }
        Value b = evaluator.eval(binary.getRight(), env);
        Boolean nullTest = nullTest(operator, a, b);
        if (nullTest != null) {
            return new Value.Single(KeyValue.text(nullTest.toString()), Value.Kind.BOOLEAN, nullTest);
        }
        if (a instanceof Value.Single left && b instanceof Value.Single right) {
            if (left.constant() instanceof Boolean x && right.constant() instanceof Boolean y) {
                Boolean result = switch (binary.getOperator()) {
                    case AND -> x && y;
                    case OR -> x || y;
                    case EQUALS -> x.equals(y);
                    case NOT_EQUALS -> !x.equals(y);
                    default -> null;
                };
                if (result != null) {
                    return new Value.Single(KeyValue.text(result.toString()), Value.Kind.BOOLEAN, result);
                }
            }
            if (left.kind().isNumeric() && right.kind().isNumeric()) {
                return numeric(binary.getOperator(), left, right, binary, env);
            }
        }
        return evaluator.unknown(binary, env);
    }

    /**
     * {@code x == null} and {@code x != null}: decided for known values, and for unknown text or numbers, which the
     * analysis takes to be there (as it takes an unknown id in a key to be a plain, non-empty value); null otherwise.
     */
    private static Boolean nullTest(BinaryExpr.Operator operator, Value a, Value b) {
        if (operator != BinaryExpr.Operator.EQUALS && operator != BinaryExpr.Operator.NOT_EQUALS
                || !(a instanceof Value.Single left) || !(b instanceof Value.Single right)
                || left.kind() != Value.Kind.NULL && right.kind() != Value.Kind.NULL) {
            return null;
        }
        Value.Single other = left.kind() == Value.Kind.NULL ? right : left;
        boolean isNull;
        if (other.kind() == Value.Kind.NULL) {
            isNull = true;
        } else if (other.kind() == Value.Kind.STRING || other.kind() == Value.Kind.BYTES || other.kind().isNumeric()
                || other.kind() == Value.Kind.BOOLEAN || other.constant() != null) {
            isNull = false;
        } else {
            return null;
        }
        return operator == BinaryExpr.Operator.EQUALS == isNull;
    }

    Value numeric(BinaryExpr.Operator operator, Value.Single left, Value.Single right, Expression where, Env env) {
        Value.Kind kind = promote(left.kind(), right.kind());
        Object x = numericConstant(left);
        Object y = numericConstant(right);
        if (x == null || y == null) {
            return Value.Single.unknown(evaluator.symbols.symbolFor(where, env), kind);
        }
        try {
            if (kind == Value.Kind.DOUBLE || kind == Value.Kind.FLOAT) {
                double p = ((Number) x).doubleValue();
                double q = ((Number) y).doubleValue();
                Double result = switch (operator) {
                    case PLUS -> p + q;
                    case MINUS -> p - q;
                    case MULTIPLY -> p * q;
                    case DIVIDE -> p / q;
                    case REMAINDER -> p % q;
                    default -> null;
                };
                return result == null ? Value.Single.unknown(evaluator.symbols.symbolFor(where, env), kind)
                        : decimal(result, kind);
            }
            long p = ((Number) x).longValue();
            long q = ((Number) y).longValue();
            Long result = switch (operator) {
                case PLUS -> p + q;
                case MINUS -> p - q;
                case MULTIPLY -> p * q;
                case DIVIDE -> p / q;
                case REMAINDER -> p % q;
                case BINARY_AND -> p & q;
                case BINARY_OR -> p | q;
                case XOR -> p ^ q;
                case LEFT_SHIFT -> kind == Value.Kind.INT ? (long) ((int) p << q) : p << q;
                case SIGNED_RIGHT_SHIFT -> kind == Value.Kind.INT ? (long) ((int) p >> q) : p >> q;
                case UNSIGNED_RIGHT_SHIFT -> kind == Value.Kind.INT ? (long) ((int) p >>> q) : p >>> q;
                default -> null;
            };
            if (result == null) {
                return Value.Single.unknown(evaluator.symbols.symbolFor(where, env), kind);
            }
            return number(kind == Value.Kind.INT ? (long) (int) (long) result : result, kind);
        } catch (ArithmeticException e) {
            return Value.Single.unknown(evaluator.symbols.symbolFor(where, env), kind);
        }
    }

    static Object numericConstant(Value.Single value) {
        Object constant = value.constant();
        if (constant instanceof Character c) {
            return (long) c;
        }
        return constant instanceof Number ? constant : null;
    }

    private static Value.Kind promote(Value.Kind a, Value.Kind b) {
        if (a == Value.Kind.DOUBLE || b == Value.Kind.DOUBLE) {
            return Value.Kind.DOUBLE;
        }
        if (a == Value.Kind.FLOAT || b == Value.Kind.FLOAT) {
            return Value.Kind.FLOAT;
        }
        if (a == Value.Kind.LONG || b == Value.Kind.LONG) {
            return Value.Kind.LONG;
        }
        return Value.Kind.INT;
    }

    Value unary(UnaryExpr unary, Env env) {
        Value operand = evaluator.eval(unary.getExpression(), env);
        if (operand instanceof Value.Single single) {
            Object constant = numericConstant(single);
            switch (unary.getOperator()) {
                case MINUS -> {
                    if (constant instanceof Long l) {
                        return number(-l, promote(single.kind(), Value.Kind.INT));
                    }
                    if (constant instanceof Double d) {
                        return decimal(-d, single.kind());
                    }
                }
                case PLUS -> {
                    if (constant != null) {
                        return single;
                    }
                }
                case LOGICAL_COMPLEMENT -> {
                    if (single.constant() instanceof Boolean b) {
                        return new Value.Single(KeyValue.text(String.valueOf(!b)), Value.Kind.BOOLEAN, !b);
                    }
                }
                default -> {
                }
            }
            if (single.kind().isNumeric()) {
                return Value.Single.unknown(evaluator.symbols.symbolFor(unary, env), single.kind());
            }
        }
        return evaluator.unknown(unary, env);
    }

    Value cast(CastExpr cast, Value value) {
        if (!(value instanceof Value.Single single)) {
            return value;
        }
        String type = cast.getType().asString();
        Object constant = numericConstant(single);
        Value.Kind target = switch (type) {
            case "int", "short", "byte" -> Value.Kind.INT;
            case "long" -> Value.Kind.LONG;
            case "char" -> Value.Kind.CHAR;
            case "double" -> Value.Kind.DOUBLE;
            case "float" -> Value.Kind.FLOAT;
            default -> null;
        };
        if (target == null) {
            return single;
        }
        if (constant == null) {
            return single.constant() == null && single.kind().isNumeric()
                    ? new Value.Single(single.text(), target, null) : single;
        }
        Number n = (Number) constant;
        return switch (target) {
            case INT -> number(switch (type) {
                case "short" -> (long) n.shortValue();
                case "byte" -> (long) n.byteValue();
                default -> (long) n.intValue();
            }, Value.Kind.INT);
            case LONG -> number(n.longValue(), Value.Kind.LONG);
            case CHAR -> new Value.Single(KeyValue.text(String.valueOf((char) n.intValue())), Value.Kind.CHAR,
                    (char) n.intValue());
            case FLOAT -> decimal(n.floatValue(), Value.Kind.FLOAT);
            default -> decimal(n.doubleValue(), Value.Kind.DOUBLE);
        };
    }
}

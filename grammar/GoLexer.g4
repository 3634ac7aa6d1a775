// The tokens of Go 1.19 (https://go.dev/ref/spec#Lexical_elements).
//
// This lexer has no target-language actions. Automatic semicolons are not
// made here: newlines come out as NEWLINE tokens and the C++ wrapper
// syntax::SemicolonLexer turns them into ';' where the spec says so, then
// drops them, together with comments (it keeps //go: directives aside).
//
// Literals are matched leniently where gc reports a more precise error than
// "unexpected ..." (a digit 9 in an octal literal, an unknown escape, two
// characters in a rune): the AST builder checks them and says what gc says.
// Any character no rule accepts becomes INVALID_CHAR, so the lexer itself
// never fails and the parser reports the position.
lexer grammar GoLexer;

// Keywords (before IDENTIFIER, so that they win on equal length).
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation, longest first where prefixes overlap.
ELLIPSIS        : '...';
SHL_ASSIGN      : '<<=';
SHR_ASSIGN      : '>>=';
AND_NOT_ASSIGN  : '&^=';
ADD_ASSIGN      : '+=';
SUB_ASSIGN      : '-=';
MUL_ASSIGN      : '*=';
QUO_ASSIGN      : '/=';
REM_ASSIGN      : '%=';
AND_ASSIGN      : '&=';
OR_ASSIGN       : '|=';
XOR_ASSIGN      : '^=';
LOGICAL_AND     : '&&';
LOGICAL_OR      : '||';
ARROW           : '<-';
INC             : '++';
DEC             : '--';
EQUALS          : '==';
NOT_EQUALS      : '!=';
LESS_OR_EQUALS  : '<=';
GREATER_OR_EQUALS : '>=';
DEFINE          : ':=';
SHL             : '<<';
SHR             : '>>';
AND_NOT         : '&^';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
DIV             : '/';
MOD             : '%';
AMPERSAND       : '&';
OR              : '|';
CARET           : '^';
LESS            : '<';
GREATER         : '>';
ASSIGN          : '=';
EXCLAMATION     : '!';
TILDE           : '~';
L_PAREN         : '(';
R_PAREN         : ')';
L_BRACKET       : '[';
R_BRACKET       : ']';
L_CURLY         : '{';
R_CURLY         : '}';
COMMA           : ',';
SEMI            : ';';
DOT             : '.';
COLON           : ':';

// Literals. FLOAT and IMAGINARY come first: on equal length the earlier rule
// wins, and `1.` or `0x1p3` must not be read as an integer and a dot.
IMAGINARY_LIT : (DECIMAL_DIGITS | INT_FORM | FLOAT_FORM) 'i';
FLOAT_LIT     : FLOAT_FORM;
INT_LIT       : INT_FORM;
// The closing quote is optional so that an unterminated literal is still one
// token; the semicolon wrapper reports it in gc's words.
RUNE_LIT      : '\'' (~['\\\n] | '\\' ~[\n])* '\''?;
STRING_LIT    : '"' (~["\\\n] | '\\' ~[\n])* '"'?;
RAW_STRING_LIT: '`' ~'`'* '`'?;

// Layout. NEWLINE is seen only by the semicolon wrapper.
WS            : [ \t\r]+ -> skip;
NEWLINE       : '\n';
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);  // unterminated: reported by the wrapper
LINE_COMMENT  : '//' ~[\n]* -> channel(HIDDEN);

// Anything else: an unterminated literal or comment, a stray character.
INVALID_CHAR  : .;

fragment LETTER        : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
fragment DECIMAL_DIGITS: [0-9] ('_'? [0-9])*;
fragment HEX_DIGIT     : [0-9a-fA-F];
fragment HEX_DIGITS    : HEX_DIGIT ('_'? HEX_DIGIT)*;
// Lenient on purpose: 0b12 or 09 reach the builder, which reports gc's
// "invalid digit '2' in binary literal".
fragment INT_FORM
    : '0' [xX] ('_'? HEX_DIGIT)+
    | '0' [bB] ('_'? [0-9])+
    | '0' [oO] ('_'? [0-9])+
    | [0-9] ('_'? [0-9])*
    ;
fragment FLOAT_FORM
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
    | DECIMAL_DIGITS DECIMAL_EXPONENT
    | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
    | '0' [xX] '_'? HEX_DIGITS '.' HEX_DIGITS? HEX_EXPONENT
    | '0' [xX] '_'? HEX_DIGITS HEX_EXPONENT
    | '0' [xX] '.' HEX_DIGITS HEX_EXPONENT
    ;
fragment DECIMAL_EXPONENT : [eE] [+-]? DECIMAL_DIGITS;
fragment HEX_EXPONENT     : [pP] [+-]? DECIMAL_DIGITS;

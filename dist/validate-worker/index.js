import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(612);
    const parser_1 = __nccwpck_require__(152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(525);
    const string_intern_1 = __nccwpck_require__(579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(612);
    const edit = __nccwpck_require__(807);
    const scanner = __nccwpck_require__(525);
    const parser = __nccwpck_require__(152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(77)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(77)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 77:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/errors.ts
function errors_formatLocation(loc) {
    if (!loc)
        return '';
    const parts = [];
    if (loc.file !== undefined) {
        let f = loc.file;
        if (loc.line !== undefined)
            f += `:${loc.line}`;
        if (loc.line !== undefined && loc.column !== undefined)
            f += `:${loc.column}`;
        parts.push(f);
    }
    if (loc.entry)
        parts.push(loc.entry);
    if (loc.pointer !== undefined)
        parts.push(`at ${loc.pointer === '' ? '/' : loc.pointer}`);
    return parts.join(' ');
}
const LONG_LINE = 16_384;
const KEPT = 512;
/**
 * Cuts the middle out of lines over 16 KiB, keeping 512 characters at each end (where a message names the place and
 * says what is wrong): no message, log line or report echoes a huge user value whole. Nothing stac-ingest writes
 * itself has lines that long.
 */
function clipLongLines(text) {
    if (text.length <= LONG_LINE)
        return text;
    const clip = (l) => `${l.slice(0, KEPT)} …[${l.length - 2 * KEPT} characters cut]… ${l.slice(-KEPT)}`;
    return text
        .split('\n')
        .map((l) => (l.length <= LONG_LINE ? l : clip(l)))
        .join('\n');
}
/** The user's input is wrong (manifest, STAC JSON, options). Fix the input, not the tool. */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
    location;
    hint;
    constructor(message, options = {}) {
        super(clipLongLines(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : clipLongLines(options.hint);
    }
}
/** Several configuration problems found at once (e.g. every manifest error). */
class ConfigurationErrors extends Error {
    errors;
    name = 'ConfigurationErrors';
    constructor(errors, summary) {
        super(summary ??
            `${errors.length} configuration error${errors.length === 1 ? '' : 's'}:\n` +
                errors.map((e) => '  ' + describeError(e)).join('\n'));
        this.errors = errors;
    }
}
/** A stage failed for a reason outside the user's input (network, subprocess, service). */
class StageError extends Error {
    stage;
    name = 'StageError';
    constructor(stage, message, options = {}) {
        super(`${stage}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
        this.stage = stage;
    }
}
/** One line: location, message, hint. */
function describeError(err) {
    if (err instanceof errors_ConfigurationError) {
        const where = errors_formatLocation(err.location);
        return `${where ? where + ': ' : ''}${err.message}${err.hint ? ` (${err.hint})` : ''}`;
    }
    if (err instanceof Error) {
        let msg = err.message;
        let cause = err.cause;
        while (cause instanceof Error) {
            msg += `: ${cause.message}`;
            cause = cause.cause;
        }
        return msg;
    }
    return String(err);
}

;// CONCATENATED MODULE: ./src/logging.ts


/**
 * GitHub Actions does not nest log groups (a `::group::` inside another ends the outer one), so a
 * run shows one group per stage: the outermost `group` call opens a group with `open`; a call made
 * while one is open (nested, or running alongside) writes its name as a plain `line` and runs inside
 * the open group.
 */
function oneLevelGroups(open, line) {
    let depth = 0;
    return async (name, fn) => {
        const outermost = depth === 0;
        depth++;
        try {
            if (outermost)
                return await open(name, fn);
            line(`-- ${name}`);
            return await fn();
        }
        finally {
            depth--;
        }
    };
}
/** `45 s`, `12 min`, `2 h 05 min`. */
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 90)
        return `${s} s`;
    if (s < 90 * 60)
        return `${Math.round(s / 60)} min`;
    return `${Math.floor(s / 3600)} h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')} min`;
}
function formatRate(perSecond) {
    return perSecond >= 100 ? perSecond.toFixed(0) : perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2);
}
/**
 * Progress of long stages: the rate since a label's first update and the time left at that rate, and which updates
 * become plain log lines (CI): the first, one per quarter, one at least every `everyMs` in between, and the last.
 */
class ProgressTracker {
    now;
    everyMs;
    labels = new Map();
    constructor(now = Date.now, everyMs = 60_000) {
        this.now = now;
        this.everyMs = everyMs;
    }
    /** `done/total (250/s, ETA 38 s)`; the rate appears from the second update on. */
    describe(label, done, total) {
        const first = this.labels.get(label);
        const elapsed = first ? this.now() - first.at : 0;
        if (!first || elapsed <= 0 || done <= first.done)
            return `${done}/${total}`;
        const rate = ((done - first.done) * 1000) / elapsed;
        const eta = done < total ? `, ETA ${formatDuration(((total - done) / rate) * 1000)}` : '';
        return `${done}/${total} (${formatRate(rate)}/s${eta})`;
    }
    /** Records an update; true when it should be a log line. Call `describe` first: it reads the state before. */
    shouldLog(label, done, total) {
        const now = this.now();
        const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
        const state = this.labels.get(label);
        if (!state) {
            this.labels.set(label, { at: now, done, quarter, lineAt: now });
            if (done >= total)
                this.labels.delete(label);
            return true;
        }
        if (done >= total) {
            this.labels.delete(label);
            return true;
        }
        if (quarter === state.quarter && now - state.lineAt < this.everyMs)
            return false;
        state.quarter = quarter;
        state.lineAt = now;
        return true;
    }
    /** `describe` then `shouldLog`: the line to print, or undefined. */
    line(label, done, total) {
        const text = `${label}: ${this.describe(label, done, total)}`;
        return this.shouldLog(label, done, total) ? text : undefined;
    }
}
/**
 * The one redaction point of a run: every secret value the run knows is registered here once (the entries register
 * the secret inputs and credential variables; targets and clients register what they read through
 * `Logger.setSecret`), and every output passes through `mask`: log lines, stdout, the JSON report, the job summary,
 * the PR comment and annotations. A value is also masked as it appears URL-encoded and inside a JSON string. Lines
 * too long to be anything but an echoed user value are cut (see `clipLongLines`).
 */
class SecretMasker {
    secrets = new Set();
    add(value) {
        if (value.length < 3)
            return;
        for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])
            this.secrets.add(form);
    }
    mask(text) {
        let out = text;
        // longest first: a DSN is masked whole before the password inside it
        for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(s).join('***');
        return clipLongLines(out);
    }
}
/** A line the Actions runner would read as a workflow command (`::cmd::`, leading space ignored, or `##[cmd]`). */
const COMMAND_LINE = /^\s*::|##\[/m;
/**
 * The lines to print for `text` so that nothing in it runs as a workflow command: a text with a line the runner
 * would take as a command (a package name holding `\n::warning::…`, a subprocess's output) is printed between
 * `::stop-commands::<token>` and `::<token>::`, GitHub's way to print untrusted text as it is.
 */
function inertLines(text, token) {
    if (!COMMAND_LINE.test(text))
        return [text];
    const t = token();
    return [`::stop-commands::${t}`, text, `::${t}::`];
}
/** Plain-text logger for the CLI. */
class ConsoleLogger {
    options;
    masker;
    write;
    indent = '';
    tracker;
    live;
    constructor(options = {}) {
        this.options = options;
        this.masker = options.masker ?? new SecretMasker();
        this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
        this.live = options.live ?? (options.write === undefined && process.stderr.isTTY === true);
        this.tracker = new ProgressTracker(options.now);
    }
    progress(label, done, total) {
        if (this.live) {
            const width = 24;
            const filled = total > 0 ? Math.round((done / total) * width) : width;
            const text = this.tracker.describe(label, done, total);
            this.tracker.shouldLog(label, done, total);
            process.stderr.write(`\r${this.indent}${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
                `${text}\x1b[K${done >= total ? '\n' : ''}`);
        }
        else {
            const line = this.tracker.line(label, done, total);
            if (line !== undefined)
                this.emit(line);
        }
    }
    emit(line) {
        const text = this.masker.mask(this.indent + line);
        if (!this.options.workflowLog)
            this.write(text);
        else
            for (const l of inertLines(text, () => randomBytes(16).toString('hex')))
                this.write(l);
    }
    debug(message) {
        if (this.options.verbose)
            this.emit(`debug: ${message}`);
    }
    info(message) {
        this.emit(message);
    }
    warning(message, location) {
        const where = formatLocation(location);
        this.emit(`warning: ${where ? where + ': ' : ''}${message}`);
    }
    error(message, location) {
        const where = formatLocation(location);
        this.emit(`error: ${where ? where + ': ' : ''}${message}`);
    }
    group = oneLevelGroups(async (name, fn) => {
        this.emit(`== ${name}`);
        this.indent = '  ';
        try {
            return await fn();
        }
        finally {
            this.indent = '';
        }
    }, (line) => this.emit(line));
    setSecret(value) {
        this.masker.add(value);
    }
}
/** Keeps every record, for tests. Masks secrets and keeps groups one level deep like the Actions logger. */
class RecordingLogger {
    records = [];
    masker = new SecretMasker();
    push(level, message, location) {
        this.records.push({ level, message: this.masker.mask(message), location });
    }
    debug(message) {
        this.push('debug', message);
    }
    info(message) {
        this.push('info', message);
    }
    warning(message, location) {
        this.push('warning', message, location);
    }
    error(message, location) {
        this.push('error', message, location);
    }
    group = oneLevelGroups(async (name, fn) => {
        this.push('group', name);
        try {
            return await fn();
        }
        finally {
            this.push('endgroup', name);
        }
    }, (line) => this.push('info', line));
    setSecret(value) {
        this.masker.add(value);
    }
    text() {
        return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
    }
}

;// CONCATENATED MODULE: ./src/json.ts
/**
 * Lossless JSON, from reading to sending to comparing. `JSON.parse` reads `1e20` as the number
 * that `JSON.stringify` writes `100000000000000000000`, `10.0` as `10` and `9007199254740993` as
 * `…992`; the StacLoader reads the text as written (Python: `1e20` is a float, `10` an int and
 * `10.0` a float, integers exact). So every number whose text is not what `JSON.stringify` would
 * write keeps its text, attached to the object or array holding it (a WeakMap: other readers of
 * the document see plain numbers), and `stringifyJson` writes that text back.
 *
 * The parser below does the reading (src/sources/json-text.ts words its syntax errors for STAC
 * authors). It takes about 5x the time of
 * `JSON.parse` on a realistic 11 KB item (bench/json/run.ts), half the time of `JSON.parse` with a
 * reviver reading each number's source text (Node >= 22's source-text access: about 10x), so it is
 * used on every Node version. Most documents have no number whose text differs: a scan that skips
 * strings finds that out, and `JSON.parse` then reads them (the same values, nothing to keep).
 */
const numberTexts = new WeakMap();
/** Attaches `text` as the written form of the number at `holder[key]`. */
function setNumberText(holder, key, text) {
    let texts = numberTexts.get(holder);
    if (texts === undefined)
        numberTexts.set(holder, (texts = new Map()));
    texts.set(String(key), text);
}
/** Whether any member of `holder` keeps its number text (none: {@link numberText} answers undefined for all). */
function hasNumberTexts(holder) {
    return numberTexts.has(holder);
}
/**
 * The text the number at `holder[key]` was written as, when it differs from `JSON.stringify`'s and still
 * denotes the value there (a member replaced by another number loses its text).
 */
function numberText(holder, key) {
    const text = numberTexts.get(holder)?.get(String(key));
    if (text === undefined)
        return undefined;
    const value = holder[key];
    return typeof value === 'number' && Number(text) === value ? text : undefined;
}
/** Whether `text` is what `JSON.stringify` writes for the number it denotes. */
function isPlainNumberText(text, value) {
    return String(value) === text;
}
/** A JSON syntax error at a character offset of the text. */
class JsonSyntaxError extends SyntaxError {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Valid JSON nested deeper than MAX_JSON_DEPTH, refused where the nesting goes too deep. */
class JsonDepthError extends JsonSyntaxError {
}
/** Parse JSON text keeping number text; throws a `JsonSyntaxError` at the first syntax error. */
function parseJson(text) {
    if (plainNumbers(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            // not JSON: the parser says where
        }
    }
    return parseJsonLossless(text);
}
/**
 * `JSON.parse` alone, for checks that need no number text (every number as `JSON.parse` reads it, none keeps its
 * text): the value {@link parseJson} gives, or undefined when the text is not JSON or could nest deeper than
 * MAX_JSON_DEPTH (parseJson then says why). Skips parseJson's scan of the numbers.
 */
function parseJsonQuickly(text) {
    if (brackets(text) > MAX_JSON_DEPTH)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** How many `{` and `[` `s` holds, strings included (a bound on its nesting), counting no further than the limit. */
function brackets(s) {
    let n = 0;
    for (const c of ['{', '[']) {
        for (let i = s.indexOf(c); i !== -1 && n <= MAX_JSON_DEPTH; i = s.indexOf(c, i + 1))
            n++;
    }
    return n;
}
/** {@link parseJson} by the parser alone, never through `JSON.parse`. */
function parseJsonLossless(text) {
    return new Parser(text).document();
}
/**
 * Whether the parser would keep no number's text, and `JSON.parse` reads `s` as it would: every number outside
 * strings writes as `JSON.stringify` writes it, nesting stays within MAX_JSON_DEPTH. Strings are skipped
 * whole (`indexOf`); anything unexpected answers false (the parser then reads the text, or says why it cannot).
 */
function plainNumbers(s) {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 34) {
            i = closingQuote(s, i);
            if (i === -1)
                return false;
        }
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH)
                return false;
        }
        else if (c === 125 || c === 93)
            depth--;
        else if (c === 45 || (c >= 48 && c <= 57)) {
            const end = numberEnd(s, i);
            if (keepsText(s, i, end))
                return false;
            i = end - 1;
        }
    }
    return true;
}
/** The offset of the quote closing the string opened at `open` (-1: none). */
function closingQuote(s, open) {
    let q = open;
    for (;;) {
        q = s.indexOf('"', q + 1);
        if (q === -1)
            return -1;
        let backslashes = 0;
        while (s.charCodeAt(q - 1 - backslashes) === 92)
            backslashes++;
        if (backslashes % 2 === 0)
            return q;
    }
}
/** Where the number token starting at `i` ends (its syntax is the parser's to check). */
function numberEnd(s, i) {
    for (;;) {
        const c = s.charCodeAt(++i);
        if (!((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45))
            return i;
    }
}
/**
 * Whether the number written `s[start, end)` keeps its text: it is not what `String(Number(text))` writes.
 * Decided without building the string for the common short forms (see isShortFraction).
 */
function keepsText(s, start, end) {
    const intStart = s.charCodeAt(start) === 45 ? start + 1 : start;
    let i = digits(s, intStart);
    let plain = i - intStart <= 15;
    if (s.charCodeAt(i) === 46) {
        const fracStart = i + 1;
        i = digits(s, fracStart);
        plain = plain && isShortFraction(s, intStart, fracStart, i);
    }
    if (i !== end)
        plain = false; // an exponent (or a malformed number)
    if (plain && (start === intStart || hasNonZeroDigit(s, intStart, end)))
        return false;
    const text = s.slice(start, end);
    return !isPlainNumberText(text, Number(text));
}
function digits(s, i) {
    for (;;) {
        const c = s.charCodeAt(i);
        if (!(c >= 48 && c <= 57))
            return i; // NaN past the end
        i++;
    }
}
/** Whether a digit other than 0 is in `s[from, to)` (a negative number without one is -0). */
function hasNonZeroDigit(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 49 && c <= 57)
            return true;
    }
    return false;
}
/**
 * Whether a decimal `int.frac` (no exponent) is certainly written as `String(Number(text))` writes it: at most
 * 15 significant digits (so no shorter text denotes the same double), no trailing zero, and not below 1e-6
 * (where JavaScript switches to exponent notation).
 */
function isShortFraction(s, intStart, fracStart, end) {
    if (s.charCodeAt(end - 1) === 48)
        return false;
    const intIsZero = fracStart - intStart === 2 && s.charCodeAt(intStart) === 48;
    if (!intIsZero)
        return end - intStart - 1 <= 15;
    let lead = fracStart;
    while (s.charCodeAt(lead) === 48)
        lead++;
    return lead - fracStart < 6 && end - lead <= 15;
}
/**
 * How deep a document may nest. No STAC document comes near it; Python's JSON readers (the StacLoader's)
 * refuse deeper ones, and deeper ones would overflow this parser's stack.
 */
const MAX_JSON_DEPTH = 1000;
/** A recursive-descent JSON parser that keeps number text and says where a syntax error is. */
class Parser {
    s;
    i = 0;
    depth = 0;
    constructor(s) {
        this.s = s;
    }
    document() {
        const v = this.value();
        this.ws();
        if (this.i < this.s.length)
            this.fail('end of input after the JSON value');
        return v;
    }
    ws() {
        const s = this.s;
        let i = this.i;
        for (;;) {
            const c = s.charCodeAt(i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                i++;
            else
                break;
        }
        this.i = i;
    }
    fail(expected) {
        const at = this.i;
        throw new JsonSyntaxError(`expected ${expected}, found ${at >= this.s.length ? 'end of input' : `'${this.s[at]}'`}`, at);
    }
    /** A value; a number inside a container keeps its text on the holder. */
    value(holder, key = '') {
        this.ws();
        const c = this.s.charCodeAt(this.i);
        if (c === 123 || c === 91)
            return this.nested(c === 123);
        if (c === 34)
            return this.string();
        if (c === 45 || (c >= 48 && c <= 57))
            return this.number(holder, key);
        if (c === 116)
            return this.literal('true', true);
        if (c === 102)
            return this.literal('false', false);
        if (c === 110)
            return this.literal('null', null);
        return this.fail('a value');
    }
    number(holder, key) {
        const s = this.s;
        const start = this.i;
        let i = start;
        if (s.charCodeAt(i) === 45)
            i++;
        const first = s.charCodeAt(i);
        if (first === 48)
            i++;
        else if (first > 48 && first <= 57)
            i = digits(s, i);
        else
            return this.fail('a value');
        if (s.charCodeAt(i) === 46) {
            const fracStart = i + 1;
            i = digits(s, fracStart);
            if (i === fracStart) {
                this.i = i;
                return this.fail('a digit after the decimal point');
            }
        }
        const e = s.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = s.charCodeAt(i);
            if (sign === 43 || sign === 45)
                i++;
            const expStart = i;
            i = digits(s, i);
            if (i === expStart) {
                this.i = i;
                return this.fail('a digit in the exponent');
            }
        }
        this.i = i;
        const text = s.slice(start, i);
        if (holder !== undefined && keepsText(s, start, i))
            setNumberText(holder, key, text);
        return Number(text);
    }
    literal(word, v) {
        for (let k = 0; k < word.length; k++) {
            if (this.s[this.i + k] !== word[k]) {
                this.i += k;
                this.fail(`'${word}'`);
            }
        }
        this.i += word.length;
        return v;
    }
    string() {
        const s = this.s;
        const start = ++this.i;
        let escaped = false;
        for (let i = start; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 34) {
                this.i = i + 1;
                const body = s.slice(start, i);
                return escaped ? JSON.parse(`"${body}"`) : body;
            }
            if (c < 0x20)
                throw new JsonSyntaxError('unescaped control character in string (a string cannot span lines)', i);
            if (c === 92) {
                escaped = true;
                const e = s[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6)))
                        throw new JsonSyntaxError('invalid \\u escape in string', i);
                    i += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i++;
                else
                    throw new JsonSyntaxError(`invalid escape '\\${e ?? ''}' in string`, i);
            }
        }
        throw new JsonSyntaxError('unterminated string', s.length);
    }
    nested(isObject) {
        if (++this.depth > MAX_JSON_DEPTH)
            throw new JsonDepthError(`JSON nested more than ${MAX_JSON_DEPTH} levels deep (no STAC document is)`, this.i);
        try {
            return isObject ? this.object() : this.array();
        }
        finally {
            this.depth--;
        }
    }
    object() {
        const out = {};
        this.i++;
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return out;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail(this.s[this.i] === '}'
                    ? "a property name (no trailing comma before '}')"
                    : 'a property name in double quotes');
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail("':' after the property name");
            this.i++;
            // a repeated member: the last one counts (as in Python), with its own text or none
            if (Object.hasOwn(out, key))
                numberTexts.get(out)?.delete(key);
            const v = this.value(out, key);
            setMember(out, key, v);
            this.ws();
            const c = this.s[this.i++];
            if (c === ',')
                continue;
            if (c === '}')
                return out;
            this.i--;
            this.fail("',' or '}' after a property value");
        }
    }
    array() {
        const out = [];
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return out;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] === ']')
                this.fail("a value (no trailing comma before ']')");
            out.push(this.value(out, out.length));
            this.ws();
            const c = this.s[this.i++];
            if (c === ',')
                continue;
            if (c === ']')
                return out;
            this.i--;
            this.fail("',' or ']' after an array element");
        }
    }
}
/**
 * `JSON.stringify` that writes numbers as they were read (see `parseJsonText`). `indent` > 0 gives the
 * layout of `JSON.stringify(value, null, indent)`.
 */
function stringifyJson(value, indent = 0) {
    return write(value, undefined, indent > 0 ? ' '.repeat(indent) : '', '') ?? 'null';
}
function write(v, text, step, pad) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'number':
            return text !== undefined && Number(text) === v ? text : Number.isFinite(v) ? String(v) : 'null';
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object':
            return Array.isArray(v) ? writeArray(v, step, pad) : writeObject(v, step, pad);
        case 'bigint':
            return v.toString();
        default:
            return undefined;
    }
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(s) {
    return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
function writeArray(a, step, pad) {
    if (a.length === 0)
        return '[]';
    const texts = numberTexts.get(a);
    const inner = pad + step;
    let out = '';
    for (let i = 0; i < a.length; i++) {
        const text = write(a[i], texts?.get(String(i)), step, inner) ?? 'null';
        out += i === 0 ? text : step === '' ? `,${text}` : `,\n${inner}${text}`;
    }
    return step === '' ? `[${out}]` : `[\n${inner}${out}\n${pad}]`;
}
function writeObject(o, step, pad) {
    const json = o.toJSON;
    if (typeof json === 'function')
        return JSON.stringify(o);
    const texts = numberTexts.get(o);
    const inner = pad + step;
    let out = '';
    for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k))
            continue;
        const text = write(o[k], texts?.get(k), step, inner);
        if (text === undefined)
            continue;
        const member = step === '' ? `${quote(k)}:${text}` : `${quote(k)}: ${text}`;
        out += out === '' ? member : step === '' ? `,${member}` : `,\n${inner}${member}`;
    }
    if (out === '')
        return '{}';
    return step === '' ? `{${out}}` : `{\n${inner}${out}\n${pad}}`;
}
/** A deep copy of a JSON value that keeps number text. */
function cloneJson(v) {
    if (Array.isArray(v)) {
        const out = v.map((x) => cloneJson(x));
        copyNumberTexts(v, out);
        return out;
    }
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = cloneJson(x);
        copyNumberTexts(v, out);
        return out;
    }
    return v;
}
/** Carries the number texts of `from`'s members over to `to` (e.g. after `{ ...doc }`). */
function copyNumberTexts(from, to) {
    const texts = numberTexts.get(from);
    if (texts !== undefined)
        for (const [k, t] of texts)
            setNumberText(to, k, t);
}
/** `{ ...base, ...members }` keeping the number text of `base`'s members (a spread alone drops it). */
function withMembers(base, members) {
    const out = { ...base, ...members };
    copyNumberTexts(base, out);
    return out;
}
/**
 * `out[key] = value` for a key taken from a document: a member named `__proto__` is an own member like any other
 * (plain assignment would set the object's prototype and lose it).
 */
function setMember(out, key, value) {
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(547);
;// CONCATENATED MODULE: ./src/sources/json-text.ts

/**
 * JSON parsing that says where a syntax error is. src/json.ts does the work (numbers keep the text
 * they were written with); when it fails, jsonc-parser (strict: no comments, no trailing commas)
 * finds the offending offset (V8's messages do not reliably carry a position), and the error is
 * said in words a STAC author can act on.
 */


/**
 * The largest single document stac-ingest reads (a `.json` file, an NDJSON line, one member of a
 * FeatureCollection): past it, reading stops with an error naming the file and line instead of
 * running out of memory. 64 times SNS's 256 KiB message limit.
 */
const json_text_MAX_DOCUMENT_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** Parse JSON text; on a syntax error, return its message and 1-based line/column. */
function parseJsonText(text) {
    try {
        return { ok: true, value: parseJson(text) };
    }
    catch (err) {
        // valid JSON nested too deep has no syntax error to find (and would overflow the finder's stack)
        const found = err instanceof JsonDepthError ? undefined : findSyntaxError(text);
        const message = found?.message ?? (err instanceof Error ? err.message : String(err));
        const offset = found?.offset ?? (err instanceof JsonSyntaxError ? err.offset : 0);
        return { ok: false, message, offset, ...lineColumnAt(text, offset) };
    }
}
/** 1-based line and column of a character offset (columns count UTF-16 code units). */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}
function firstError(text) {
    const stack = [];
    let afterValue = false;
    let wantName = false;
    let first;
    const close = () => {
        stack.pop();
        if (stack.length === 0)
            afterValue = true;
    };
    (0,main.visit)(text, {
        onObjectBegin: () => {
            stack.push('{');
            wantName = true;
        },
        onObjectEnd: close,
        onObjectProperty: () => void (wantName = false),
        onArrayBegin: () => void stack.push('['),
        onArrayEnd: close,
        onLiteralValue: () => void (stack.length === 0 && (afterValue = true)),
        onSeparator: (c) => void (wantName = c === ',' && stack.at(-1) === '{'),
        onError: (code, offset, length) => {
            const container = stack.at(-1);
            first ??= { code: (0,main.printParseErrorCode)(code), offset, length, container, afterValue, wantName };
        },
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return first;
}
/** Inside a string token jsonc-parser refused: the offending character and what is wrong with it. */
function stringProblem(text, start, end) {
    for (let i = start + 1; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20)
            return { message: 'unescaped control character in string (a string cannot span lines)', offset: i };
        if (c !== 92)
            continue;
        const e = text[i + 1];
        if (e === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                return { message: 'invalid \\u escape in string', offset: i };
            i += 5;
        }
        else if (e !== undefined && '"\\/bfnrt'.includes(e))
            i++;
        else
            return { message: `invalid escape '\\${e ?? ''}' in string`, offset: i };
    }
    // jsonc-parser ends a string token at a line break: that is the offending character
    if (text.charCodeAt(end) < 0x20)
        return { message: 'unescaped control character in string (a string cannot span lines)', offset: end };
    return { message: 'unterminated string', offset: end };
}
/** What was expected where jsonc-parser stopped, in the words of the old messages. */
function expected(text, e) {
    const at = text[e.offset];
    const inObject = "',' or '}' after a property value";
    const inArray = "',' or ']' after an array element";
    switch (e.code) {
        case 'PropertyNameExpected':
            return at === '}' ? "a property name (no trailing comma before '}')" : 'a property name in double quotes';
        case 'ValueExpected':
            return at === ']' && e.container === '[' ? "a value (no trailing comma before ']')" : 'a value';
        case 'ColonExpected':
            return "':' after the property name";
        case 'CommaExpected':
            return e.container === '[' ? inArray : inObject;
        case 'CloseBraceExpected':
            return inObject;
        case 'CloseBracketExpected':
            return inArray;
        case 'EndOfFileExpected':
            return 'end of input after the JSON value';
        case 'InvalidSymbol':
            if (e.container === '{' && e.wantName)
                return 'a property name in double quotes';
            return e.container === undefined && e.afterValue ? 'end of input after the JSON value' : 'a value';
        case 'InvalidNumberFormat':
        case 'UnexpectedEndOfNumber':
            return 'a number (digits, an optional fraction and exponent)';
        case 'InvalidCommentToken':
        case 'UnexpectedEndOfComment':
            return 'a value (JSON has no comments)';
        default:
            return `valid JSON (${e.code})`;
    }
}
const STRING_ERRORS = new Set([
    'UnexpectedEndOfString',
    'InvalidUnicode',
    'InvalidEscapeCharacter',
    'InvalidCharacter',
]);
/** The first syntax error in `text` and its offset, or undefined when it is valid JSON. */
function findSyntaxError(text) {
    const e = firstError(text);
    if (e === undefined)
        return undefined;
    if (STRING_ERRORS.has(e.code))
        return stringProblem(text, e.offset, e.offset + e.length);
    const found = e.offset >= text.length ? 'end of input' : `'${text[e.offset]}'`;
    return { message: `expected ${expected(text, e)}, found ${found}`, offset: e.offset };
}
class JsonScanError extends Error {
    offset;
    line;
    constructor(message, offset, line) {
        super(message);
        this.offset = offset;
        this.line = line;
    }
}
// scanner modes
const VALUE = 0; // a value is expected
const AFTER = 1; // a value just ended: ',' or a closer is expected
const KEY = 2; // an object key is expected (after ',')
const FIRST_KEY = 6; // an object key or '}' is expected (after '{')
const COLON = 3; // ':' is expected after a key
const STRING = 4; // inside a string (a key when `inKey`)
const SCALAR = 5; // inside a number or a literal
const isWs = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const endsScalar = (c) => isWs(c) || c === 44 || c === 93 || c === 125;
/**
 * Scans JSON bytes chunk by chunk, keeping only the path to the current value (never the document),
 * and tells its listener where each value starts and ends, with 1-based line numbers. Used to split
 * a FeatureCollection into its members without reading it whole, and to find the line of a JSON pointer.
 */
class JsonScanner {
    listener;
    /** The path to the current value: keys and indexes, `depth` of them. */
    segments = [];
    /** 1-based line of the byte being scanned. */
    line = 1;
    arrays = [];
    mode = VALUE;
    inKey = false;
    oddBackslashes = false;
    keyParts = [];
    base = 0;
    constructor(listener) {
        this.listener = listener;
    }
    get depth() {
        return this.arrays.length;
    }
    /** Scans the next chunk of the input (chunks may split values anywhere, UTF-8 sequences too). */
    feed(chunk, from = 0) {
        const n = chunk.length;
        let i = from;
        while (i < n) {
            if (this.mode === STRING)
                i = this.string(chunk, i);
            else if (this.mode === SCALAR) {
                while (i < n && !endsScalar(chunk[i]))
                    i++;
                if (i < n)
                    this.close(this.base + i);
            }
            else
                i = this.structural(chunk, i);
        }
        this.base += n;
    }
    /** Checks the input ended after one complete value. */
    finish() {
        if (this.mode === SCALAR)
            this.close(this.base);
        if (this.mode !== AFTER || this.depth !== 0)
            this.fail('unexpected end of input', this.base);
    }
    fail(message, offset) {
        throw new JsonScanError(message, offset, this.line);
    }
    structural(chunk, i) {
        const c = chunk[i];
        const at = this.base + i;
        if (isWs(c)) {
            if (c === 10)
                this.line++;
            return i + 1;
        }
        switch (this.mode) {
            case KEY:
            case FIRST_KEY:
                if (c === 34) {
                    this.mode = STRING;
                    this.inKey = true;
                    this.oddBackslashes = false;
                    this.keyParts = [];
                    return i + 1;
                }
                if (c === 125 && this.mode === FIRST_KEY)
                    return this.closeContainer(at, i);
                return this.fail("expected a property name in double quotes or '}'", at);
            case COLON:
                if (c !== 58)
                    this.fail("expected ':' after the property name", at);
                this.mode = VALUE;
                return i + 1;
            case AFTER:
                if (this.depth === 0)
                    this.fail('expected end of input after the JSON value', at);
                if (c === 44) {
                    this.next();
                    return i + 1;
                }
                if (c === (this.arrays[this.depth - 1] ? 93 : 125))
                    return this.closeContainer(at, i);
                return this.fail(`expected ',' or '${this.arrays[this.depth - 1] ? ']' : '}'}'`, at);
            default:
                if (c === 93 && this.arrays[this.depth - 1] === true && this.segments[this.depth - 1] === 0)
                    return this.closeContainer(at, i); // empty array
                return this.startValue(c, at, i);
        }
    }
    startValue(c, at, i) {
        this.listener.value?.(this.depth, at);
        if (c === 123 || c === 91) {
            this.arrays.push(c === 91);
            if (c === 91) {
                this.segments.push(0);
                this.mode = VALUE;
            }
            else
                this.mode = FIRST_KEY;
            return i + 1;
        }
        if (c === 34) {
            this.mode = STRING;
            this.inKey = false;
            this.oddBackslashes = false;
            return i + 1;
        }
        if (c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110) {
            this.mode = SCALAR;
            return i + 1;
        }
        return this.fail('expected a value', at);
    }
    /** After ',': the next array index, or the next object key. */
    next() {
        const d = this.depth - 1;
        if (this.arrays[d]) {
            this.segments[d] = this.segments[d] + 1;
            this.mode = VALUE;
        }
        else {
            this.segments.length = d;
            this.mode = KEY;
        }
    }
    closeContainer(at, i) {
        this.arrays.pop();
        this.segments.length = this.depth;
        this.close(at + 1);
        return i + 1;
    }
    /** The value at the current depth ended just before `endOffset`. */
    close(endOffset) {
        this.mode = AFTER;
        this.listener.end?.(this.depth, endOffset);
    }
    string(chunk, from) {
        let i = from;
        for (;;) {
            if (this.oddBackslashes && i < chunk.length) {
                this.oddBackslashes = false;
                i++;
            }
            const q = chunk.indexOf(34, i);
            const stop = q === -1 ? chunk.length : q;
            let run = 0;
            while (stop - run - 1 >= i && chunk[stop - run - 1] === 92)
                run++;
            if (q === -1) {
                // the string goes on in the next chunk; an odd run of backslashes escapes its first byte
                this.oddBackslashes = run % 2 === 1;
                if (this.inKey)
                    this.keyParts.push(Buffer.from(chunk.subarray(from, stop)));
                return chunk.length;
            }
            if (run % 2 === 1) {
                i = q + 1;
                continue;
            }
            if (this.inKey) {
                this.keyParts.push(chunk.subarray(from, q));
                this.endKey();
            }
            else
                this.close(this.base + q + 1);
            return q + 1;
        }
    }
    endKey() {
        const raw = Buffer.concat(this.keyParts).toString('utf8');
        this.keyParts = [];
        this.segments.push(raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw);
        this.mode = COLON;
    }
}
/** Reads a file chunk by chunk into `scanner` (and `onChunk`, told each chunk's starting offset). */
async function scanFile(absPath, scanner, onChunk) {
    const handle = await open(absPath, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        let offset = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
            onChunk?.(chunk, offset);
            scanner.feed(chunk, bom);
            offset += bytesRead;
        }
        scanner.finish();
    }
    finally {
        await handle.close();
    }
}
/**
 * The line of each JSON pointer in a JSON file, or of its nearest enclosing value when the pointer
 * is not in the file (e.g. a field the source's `collection` setting added). Pointers are RFC 6901.
 * One streaming pass; a file that no longer parses gives the lines found before the error.
 */
async function locatePointers(absPath, pointers) {
    const wanted = new Set();
    for (const p of pointers) {
        const parts = p.split('/');
        for (let k = 1; k <= parts.length; k++)
            wanted.add(parts.slice(0, k).join('/'));
    }
    const found = new Map();
    const path = [''];
    const scanner = new JsonScanner({
        value(depth) {
            path.length = depth + 1;
            if (depth > 0) {
                const parent = path[depth - 1];
                const seg = String(scanner.segments[depth - 1])
                    .replace(/~/g, '~0')
                    .replace(/\//g, '~1');
                path[depth] = parent === undefined ? '\u0000' : `${parent}/${seg}`;
            }
            const here = path[depth];
            if (wanted.has(here))
                found.set(here, scanner.line);
            else
                path[depth] = '\u0000'; // below a value nobody asked about: stop building pointers
        },
    });
    try {
        await scanFile(absPath, scanner);
    }
    catch {
        // lines found so far stay; the rest fall back to their nearest ancestor, if any
    }
    const lines = new Map();
    for (const p of new Set(pointers)) {
        const parts = p.split('/');
        for (let k = parts.length; k >= 1; k--) {
            const line = found.get(parts.slice(0, k).join('/'));
            if (line !== undefined) {
                lines.set(p, line);
                break;
            }
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/sources/with-collection.ts

/**
 * Sets an item's `collection`. STAC requires a `rel: collection` link whenever `collection` is set, so one is
 * added (static-catalog convention, `../collection.json`) when the item has none; a STAC API replaces it with its own.
 */
function withCollection(doc, collection) {
    const links = Array.isArray(doc['links']) ? doc['links'] : [];
    const hasLink = links.some((l) => typeof l === 'object' && l !== null && l['rel'] === 'collection');
    return withMembers(doc, {
        collection,
        links: hasLink ? links : [...links, { rel: 'collection', href: '../collection.json', type: 'application/json' }],
    });
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/utf8.ts


/** The smallest and largest second byte after each lead byte; the bytes after it are 0x80..0xBF. */
function secondByteRange(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return [0x80, 0xbf, 1];
    if (lead === 0xe0)
        return [0xa0, 0xbf, 2];
    if (lead === 0xed)
        return [0x80, 0x9f, 2];
    if (lead >= 0xe1 && lead <= 0xef)
        return [0x80, 0xbf, 2];
    if (lead === 0xf0)
        return [0x90, 0xbf, 3];
    if (lead >= 0xf1 && lead <= 0xf3)
        return [0x80, 0xbf, 3];
    if (lead === 0xf4)
        return [0x80, 0x8f, 3];
    return undefined;
}
/** The index of the first byte that starts an invalid UTF-8 sequence, or -1 when all of `bytes` is UTF-8. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const range = secondByteRange(lead);
        if (range === undefined)
            return i;
        const [low, high, more] = range;
        const second = bytes[i + 1];
        if (second === undefined || second < low || second > high)
            return i;
        for (let k = 2; k <= more; k++) {
            const b = bytes[i + k];
            if (b === undefined || b < 0x80 || b > 0xbf)
                return i;
        }
        i += more + 1;
    }
    return -1;
}
const hex = (b) => `0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
/** The error for bytes that are not UTF-8, at `at` (an index into `bytes`). */
function notUtf8(bytes, at, place) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let line = place.line ?? 1;
    for (let i = buf.indexOf(10); i !== -1 && i < at; i = buf.indexOf(10, i + 1))
        line++;
    const lineStart = at === 0 ? 0 : buf.lastIndexOf(10, at - 1) + 1;
    const offset = (place.offset ?? 0) + at;
    const shown = [...buf.subarray(at, at + 4)].map(hex).join(' ');
    return new ConfigurationError(`${place.file}: line ${line} is not valid UTF-8 at byte offset ${offset} (byte ${at - lineStart + 1} of the ` +
        `line): ${shown} is no UTF-8 sequence`, {
        location: { file: place.file, line, ...(place.entry !== undefined ? { entry: place.entry } : {}) },
        hint: 'stac-ingest reads UTF-8 only and replaces nothing; ' +
            're-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`',
    });
}
/** Throws a located ConfigurationError when `bytes` are not UTF-8. */
function utf8_checkUtf8(bytes, place) {
    if (isUtf8(bytes))
        return;
    throw notUtf8(bytes, Math.max(0, firstInvalidUtf8(bytes)), place);
}
/** `bytes` as text (a leading byte order mark dropped), refused with a located error when they are not UTF-8. */
function decodeUtf8(bytes, place) {
    utf8_checkUtf8(bytes, place);
    return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}
/** `text` without a leading byte order mark. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/sources/lines.ts





const CHUNK_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/** The error for a line past the size cap, named by file and line (the file is never held in memory whole). */
function lineTooLong(file, line, maxLineBytes) {
    return new ConfigurationError(`${file}: line ${line} is longer than ${formatBytes(maxLineBytes)}, the largest document stac-ingest reads`, {
        location: { file, line },
        hint: 'one line holds one document; split the file into one JSON object per line, or shrink the document',
    });
}
function formatBytes(n) {
    return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(0)} MiB` : `${n.toLocaleString('en-US')} bytes`;
}
/** Newlines in `bytes` from `from` to `to` (native scans, no decoding). */
function countLines(bytes, from, to) {
    let n = 0;
    for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1))
        n++;
    return n;
}
/**
 * Streams a text file as blocks of whole lines (about 1 MiB each), checked to be UTF-8 but not decoded, without
 * holding the file. A line longer than `maxLineBytes` (default: the document size cap) is a ConfigurationError
 * naming `file` and the line, never an out-of-memory crash; bytes that are not UTF-8 one naming the line and
 * byte offset. The file is opened before the first block
 * is asked for, so a missing file rejects the first `next()`.
 */
async function* readLineBlocks(absPath, file, options = {}) {
    const max = options.maxLineBytes ?? MAX_DOCUMENT_BYTES;
    const handle = await open(absPath, 'r');
    try {
        const { size } = await handle.stat();
        let carry = Buffer.alloc(0); // the start of a line that goes on in the next chunk
        let line = 1; // the number of carry's line
        let position = 0; // file offset of carry
        for (;;) {
            // one memory per block, after the carried start of its first line: the block alone views it (a validation
            // worker thread takes it over without a copy, see LineBlock, and gives it back for reuse)
            const buf = blockMemory(carry.length + CHUNK_BYTES, CHUNK_BYTES);
            carry.copy(buf);
            const { bytesRead } = await handle.read(buf, carry.length, CHUNK_BYTES, null);
            const chunk = buf.subarray(0, carry.length + bytesRead);
            if (bytesRead === 0) {
                if (chunk.length > 0)
                    yield checkedBlock(chunk, file, line, position, size);
                return;
            }
            const last = chunk.lastIndexOf(10);
            if (last === -1) {
                if (chunk.length > max)
                    throw lineTooLong(file, line, max);
                carry = chunk;
                continue;
            }
            const block = chunk.subarray(0, last + 1);
            for (let start = 0, n = line; start < block.length; n++) {
                const end = block.indexOf(10, start);
                if (end - start > max)
                    throw lineTooLong(file, n, max);
                start = end + 1;
            }
            const next = { line: line + countLines(block, 0, block.length), position: position + block.length };
            const rest = Buffer.from(chunk.subarray(last + 1));
            yield checkedBlock(block, file, line, position, size);
            ({ line, position } = next);
            carry = rest;
            if (carry.length > max)
                throw lineTooLong(file, line, max);
        }
    }
    finally {
        await handle.close();
    }
}
function checkedBlock(bytes, file, firstLine, offset, fileBytes) {
    checkUtf8(bytes, { file, line: firstLine, offset });
    return { bytes, firstLine, offset, fileBytes };
}
/**
 * The lines of a block (checked to be UTF-8 by {@link readLineBlocks}), decoded one at a time as they are taken
 * (BOM on the file's first line and CR at line ends stripped): a line's text is garbage once its document is
 * checked, instead of a whole block's texts (~1 MiB) outliving the young generation's collections.
 */
function* linesOf(block) {
    const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
    let start = 0;
    for (let n = block.firstLine; start < bytes.length; n++) {
        let end = bytes.indexOf(10, start);
        if (end === -1)
            end = bytes.length;
        let text = bytes.toString('utf8', start, end);
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
        yield { text: n === 1 ? stripBom(text) : text, line: n, offset: block.offset + start };
        start = end + 1;
    }
}
/** Streams a text file line by line (see {@link readLineBlocks}). */
async function* readLines(absPath, file, options = {}) {
    for await (const block of readLineBlocks(absPath, file, options))
        yield* linesOf(block);
}

;// CONCATENATED MODULE: ./src/sources/units.ts





const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why one line of an NDJSON file is not a document (the same words wherever the line is parsed). */
function lineError(origin, problem) {
    const { file, line, entry } = origin;
    const at = { file, ...(line !== undefined ? { line } : {}), ...(entry !== undefined ? { entry } : {}) };
    const where = line !== undefined ? `${file}: line ${line}` : file;
    if (problem.kind === 'not-object')
        return new errors_ConfigurationError(`${where} is not a JSON object`, { location: { ...at, column: 1 } });
    return new errors_ConfigurationError(`${where} is not valid JSON: ${problem.message}`, {
        location: { ...at, column: problem.column },
        hint: 'NDJSON holds one complete JSON object per line',
    });
}
/** The parsed document of a unit, with the source's collection applied; a ConfigurationError when it is not one. */
function parseUnit(unit) {
    if (unit.block !== undefined)
        throw new Error('a block of lines holds several documents: take unitsOf(it)');
    let doc = unit.doc;
    if (doc === undefined) {
        const parsed = parseJsonText(unit.text ?? '');
        if (!parsed.ok)
            throw lineError(unit.origin, { kind: 'syntax', message: parsed.message, column: parsed.column });
        if (!isObject(parsed.value))
            throw lineError(unit.origin, { kind: 'not-object' });
        doc = parsed.value;
    }
    if (unit.collection !== undefined && doc['type'] === 'Feature')
        doc = withCollection(doc, unit.collection);
    return { doc, origin: unit.origin };
}
/**
 * {@link parseUnit} of a unit's text by `JSON.parse` alone (no number keeps its text, see parseJsonQuickly), for
 * checks that need none; undefined when the unit is no text of a JSON object (parseUnit then reads it, or says why).
 */
function parseUnitQuickly(unit) {
    if (unit.doc !== undefined || unit.text === undefined || unit.block !== undefined)
        return undefined;
    const value = parseJsonQuickly(unit.text);
    if (!isObject(value))
        return undefined;
    return unit.collection !== undefined && value['type'] === 'Feature' ? withCollection(value, unit.collection) : value;
}
/** The documents of a unit, one at a time: a block's non-blank lines (each with its line), or the unit itself. */
function* unitsOf(unit) {
    if (unit.block === undefined) {
        yield unit;
        return;
    }
    const { block, ...rest } = unit;
    for (const { text, line } of linesOf(block))
        if (text.trim() !== '')
            yield { ...rest, text, origin: { ...unit.origin, line } };
}
/** {@link unitsOf} over a stream of units. */
async function* eachUnit(units) {
    for await (const unit of units)
        yield* unitsOf(unit);
}

;// CONCATENATED MODULE: ./src/compare/datetime.ts
/**
 * stac-pydantic's `UtcDatetime` (pydantic 2 `AwareDatetime`, then `astimezone(utc)`), as the
 * pinned StacLoader runs it (twin/stored-form.json, type_behaviour "datetime"): what it accepts
 * and the text `model_dump(mode="json")` writes, `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
 */
/** Date, time (seconds optional), fraction (`.` or `,`), zone; `T`, `t`, `_` or a space between. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt_ ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;
/** A number of seconds (or milliseconds, above 2e10) since 1970 written as a string. */
const UNIX_TEXT = /^-?\d+(?:\.\d+)?$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n, width) => String(n).padStart(width, '0');
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The UTC text pydantic writes for `value`, or why the loader refuses it. */
function pydanticDatetime(value) {
    if (typeof value === 'bigint')
        return fromUnix(Number(value));
    if (typeof value === 'number') {
        return Number.isNaN(value) ? { ok: false, reason: 'NaN is not a datetime' } : fromUnix(value);
    }
    if (typeof value !== 'string')
        return { ok: false, reason: `${describe(value)} is not a datetime` };
    if (UNIX_TEXT.test(value))
        return fromUnix(Number(value));
    const m = RFC3339.exec(value);
    if (!m)
        return { ok: false, reason: 'is not an RFC 3339 datetime like 2020-01-01T00:00:00Z' };
    const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (year === 0)
        return { ok: false, reason: 'year 0 is out of range' };
    if (month < 1 || month > 12)
        return { ok: false, reason: 'has a month outside 1-12' };
    const days = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31);
    if (day < 1 || day > days)
        return { ok: false, reason: 'has a day outside its month' };
    if (h === undefined)
        return { ok: false, reason: 'has no time and no timezone', naive: true };
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) {
        return { ok: false, reason: 'has an hour, minute or second out of range (no hour 24, no leap second 60)' };
    }
    if (z === undefined && sign === undefined)
        return { ok: false, reason: 'has no timezone', naive: true };
    let offset = 0;
    if (sign !== undefined) {
        if (Number(oh) > 23 || Number(om) > 59)
            return { ok: false, reason: 'has a UTC offset out of range' };
        offset = (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1);
    }
    const micro = frac === undefined ? 0 : Number(frac.slice(0, 6).padEnd(6, '0'));
    const local = utcMs(year, month, day, Number(h), Number(mi), Number(s ?? '0'));
    const ms = local - offset * 60_000;
    if (ms < MIN_MS || ms > MAX_MS)
        return { ok: false, reason: 'falls outside the years 1-9999 once converted to UTC' };
    return { ok: true, value: format(ms, micro) };
}
const MIN_MS = utcMs(1, 1, 1, 0, 0, 0);
const MAX_MS = utcMs(9999, 12, 31, 23, 59, 59) + 999;
function utcMs(y, mo, d, h, mi, s) {
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, s, 0);
    return t.getTime();
}
/** Seconds since 1970 (milliseconds when the magnitude is above 2e10), rounded to microseconds. */
function fromUnix(n) {
    if (!Number.isFinite(n))
        return { ok: false, reason: 'is not a finite number' };
    const seconds = Math.abs(n) > 2e10 ? n / 1000 : n;
    const micros = Math.round(seconds * 1e6);
    const ms = Math.floor(micros / 1000);
    if (ms < MIN_MS || ms > MAX_MS)
        return { ok: false, reason: 'is a unix time outside the years 1-9999' };
    return { ok: true, value: format(ms, ((micros % 1_000_000) + 1_000_000) % 1_000_000) };
}
function format(ms, micro) {
    const t = new Date(ms - (ms % 1000 < 0 ? 1000 + (ms % 1000) : ms % 1000));
    const base = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` +
        `T${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}`;
    return micro === 0 ? `${base}Z` : `${base}.${pad(micro, 6)}Z`;
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : typeof v;
}

;// CONCATENATED MODULE: ./src/compare/py-value.ts
/**
 * JSON values as the StacLoader's Python holds them after `json.loads`: an integer literal is an
 * exact `int` (here a `bigint`), any other number a `float` (an IEEE double, here a `number`),
 * whatever its size or text. The stored-form model works on these, so `10` and `10.0`, or
 * `9007199254740993` and `9007199254740992`, stay apart where the loader keeps them apart.
 */

const isPyObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const INTEGER_TEXT = /^-?\d+$/;
/** A parsed JSON value (number text kept, see src/json.ts) as Python reads its text. */
function py_value_toPy(value, reading) {
    return member(value, undefined, '', reading);
}
function member(v, holder, key, reading) {
    if (typeof v === 'number') {
        const text = holder && numberText(holder, key);
        if (text === undefined) {
            // the same as reading String(v), without building it: a fraction or inf/nan is a float, a safe integer an int
            if (!Number.isInteger(v))
                return v;
            if (Number.isSafeInteger(v))
                return BigInt(v);
        }
        const written = text ?? String(v);
        if (!INTEGER_TEXT.test(written))
            return Number(written);
        if (reading)
            reading.exactInts = true;
        return BigInt(written);
    }
    // number texts are looked up only in containers that keep some (most keep none)
    if (Array.isArray(v)) {
        const texts = hasNumberTexts(v) ? v : undefined;
        const out = [];
        for (let i = 0; i < v.length; i++)
            out.push(member(v[i], texts, i, reading));
        return out;
    }
    if (typeof v === 'object' && v !== null) {
        const texts = hasNumberTexts(v) ? v : undefined;
        const out = {};
        for (const k of Object.keys(v)) {
            const x = v[k];
            if (x !== undefined)
                setMember(out, k, member(x, texts, k, reading));
        }
        return out;
    }
    if (typeof v === 'bigint' && reading)
        reading.exactInts = true;
    if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint')
        return v;
    return null;
}
/** Back to a plain JSON value whose numbers write as Python writes them (`10.0`, `1e+20`, exact integers). */
function fromPy(value) {
    if (Array.isArray(value)) {
        const out = [];
        value.forEach((x, i) => (out[i] = plainMember(x, out, i)));
        return out;
    }
    if (isPyObject(value)) {
        const out = {};
        for (const [k, x] of Object.entries(value))
            setMember(out, k, plainMember(x, out, k));
        return out;
    }
    return plainMember(value, undefined, '');
}
function plainMember(v, holder, key) {
    if (typeof v === 'bigint') {
        const n = Number(v);
        if (holder && String(n) !== v.toString())
            setNumberText(holder, key, v.toString());
        return n;
    }
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return null;
        const text = pyFloatRepr(v);
        if (holder && text !== String(v))
            setNumberText(holder, key, text);
        return v;
    }
    if (Array.isArray(v) || isPyObject(v))
        return fromPy(v);
    return v;
}
/** Python's `repr(float)`: the shortest round-trip digits, `.0` on whole numbers, exponent from 1e16 and below 1e-4. */
function pyFloatRepr(n) {
    if (Object.is(n, -0))
        return '-0.0';
    const [mantissa = '', expText = '0'] = n.toExponential().split('e');
    const exp = Number(expText);
    const sign = n < 0 ? '-' : '';
    const digits = mantissa.replace('-', '').replace('.', '');
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (exp >= digits.length - 1)
        return `${sign}${digits}${'0'.repeat(exp - digits.length + 1)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
/** Python's `==` on JSON values: numbers by value, `True == 1`, containers member by member. */
function pyEqual(a, b) {
    const na = numeric(a);
    const nb = numeric(b);
    if (na !== undefined || nb !== undefined)
        return na !== undefined && nb !== undefined && sameNumber(na, nb);
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEqual(x, b[i] ?? null));
    if (isPyObject(a)) {
        if (!isPyObject(b))
            return false;
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => k in b && pyEqual(a[k] ?? null, b[k] ?? null));
    }
    return a === b;
}
function numeric(v) {
    if (typeof v === 'boolean')
        return v ? 1n : 0n;
    return typeof v === 'bigint' || typeof v === 'number' ? v : undefined;
}
/** Equality of an int or float with an int or float by mathematical value. */
function sameNumber(a, b) {
    // `==` between a bigint and a number compares their mathematical values
    return a == b;
}

;// CONCATENATED MODULE: ./src/compare/loader-model.ts
/**
 * The StacLoader's models, field by field: stac-pydantic 3.5.1 `Item` / `Collection` with their
 * nested models and geojson-pydantic 2.1.1 geometries, validated in pydantic 2's lax mode and
 * dumped with `model_dump(mode="json")` (by alias, `exclude_unset`, nulls kept), as
 * twin/stored-form.json lists them. `throughModels` returns what the models hand to pypgstac,
 * every change they made and every reason they refuse the document.
 */



/** `at`'s child `key`. */
const child = (at, key) => ({ parent: at, key });
/** `at` as an RFC 6901 JSON pointer. */
function ptr(at) {
    let out = '';
    for (let a = at; a !== undefined; a = a.parent)
        out = `/${String(a.key).replace(/~/g, '~0').replace(/\//g, '~1')}${out}`;
    return out;
}
function fail(w, at, rule, message) {
    w.errors.push({ pointer: ptr(at), rule, message });
}
function loader_model_describe(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)}`;
    if (typeof v === 'bigint' || typeof v === 'number')
        return `the number ${String(v)}`;
    if (typeof v === 'boolean')
        return String(v);
    return Array.isArray(v) ? 'a list' : 'an object';
}
// ---------------------------------------------------------------------------------------------
// scalar kinds
// ---------------------------------------------------------------------------------------------
function str(opts = {}) {
    return (v, at, w) => {
        const rule = opts.rule ?? 'loader:field';
        if (typeof v !== 'string')
            fail(w, at, rule, `must be a string (got ${loader_model_describe(v)})`);
        else if (opts.minLength !== undefined && codePointsBelow(v, opts.minLength))
            fail(w, at, rule, 'must not be empty');
        else if (opts.pattern !== undefined && !opts.pattern.test(v)) {
            fail(w, at, rule, `${loader_model_describe(v)} does not have the required form`);
        }
        return v;
    };
}
/** Whether `s` has fewer than `n` code points (spread only when its length leaves it open: 1 or 2 units each). */
function codePointsBelow(s, n) {
    if (s.length < n)
        return true;
    return s.length < 2 * n && [...s].length < n;
}
function literal(value) {
    return (v, at, w) => {
        if (v !== value)
            fail(w, at, 'loader:type', `must be "${value}" (got ${loader_model_describe(v)})`);
        return v;
    };
}
/** Python `float(...)` of a string, as pydantic's lax float parsing takes it. */
function floatOfText(s) {
    const t = s.trim();
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (!/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(t))
        return undefined;
    return Number(t.replace(/_/g, ''));
}
/** pydantic lax `float`: numbers, booleans and numeric strings become floats. */
function loader_model_float(opts = {}) {
    return (v, at, w) => {
        let out;
        if (typeof v === 'number')
            out = v;
        else if (typeof v === 'bigint')
            out = Number(v);
        else if (typeof v === 'boolean')
            out = v ? 1 : 0;
        else if (typeof v === 'string')
            out = floatOfText(v);
        if (out === undefined) {
            fail(w, at, 'loader:number', `must be a number (got ${loader_model_describe(v)})`);
            return v;
        }
        if (opts.gt !== undefined && !(out > opts.gt)) {
            fail(w, at, 'loader:number', `must be greater than ${opts.gt} (got ${String(v)})`);
            return v;
        }
        if (typeof v !== 'number' && w.quiet !== true) {
            const rounded = typeof v === 'bigint' && BigInt(out) !== v ? ', rounded to a double' : '';
            const message = `${loader_model_describe(v)} becomes the float ${pyFloatRepr(out)}${rounded}`;
            w.changes.push({ pointer: ptr(at), rule: 'float', message });
        }
        return out;
    };
}
/** pydantic smart union `float | int` (`NumType`): ints stay ints, numeric strings and booleans become floats. */
function intOrFloat(orStr) {
    const asFloat = loader_model_float();
    return (v, at, w) => {
        if (typeof v === 'bigint' || typeof v === 'number')
            return v;
        if (orStr && typeof v === 'string')
            return v;
        return asFloat(v, at, w);
    };
}
function datetime(v, at, w) {
    const r = pydanticDatetime(v);
    if (!r.ok) {
        const rule = r.naive ? 'loader:timezone' : 'loader:datetime';
        const shown = typeof v === 'string' ? `'${v}'` : loader_model_describe(v);
        const hint = r.naive ? "; add 'Z' or an offset" : '';
        fail(w, at, rule, `${lastToken(at)} ${shown} ${r.reason}${hint}`);
        return v;
    }
    if (r.value !== v && w.quiet !== true)
        w.changes.push({ pointer: ptr(at), rule: 'datetime', message: `${loader_model_describe(v)} is stored as "${r.value}"` });
    return r.value;
}
function lastToken(at) {
    return at === undefined ? '' : String(at.key);
}
/** pydantic `AnyUrl`: a URL with a scheme, normalised as the WHATWG URL standard (Rust `url`) does. */
function url(v, at, w) {
    if (typeof v !== 'string') {
        fail(w, at, 'loader:extension-url', `must be a URL string (got ${loader_model_describe(v)})`);
        return v;
    }
    let href;
    try {
        href = new URL(v).href;
    }
    catch {
        fail(w, at, 'loader:extension-url', `${loader_model_describe(v)} is not a URL; use the extension's schema URL, ` +
            'e.g. https://stac-extensions.github.io/eo/v1.1.0/schema.json');
        return v;
    }
    if (href !== v && w.quiet !== true)
        w.changes.push({ pointer: ptr(at), rule: 'url', message: `"${v}" is stored as "${href}"` });
    return href;
}
// ---------------------------------------------------------------------------------------------
// containers
// ---------------------------------------------------------------------------------------------
function list(of, opts = {}) {
    return (v, at, w) => {
        const rule = opts.rule ?? 'loader:field';
        if (!Array.isArray(v)) {
            fail(w, at, rule, `must be a list (got ${loader_model_describe(v)})`);
            return v;
        }
        if (opts.min !== undefined && v.length < opts.min) {
            fail(w, at, rule, `needs at least ${opts.min} ${opts.what ?? 'entries'} (has ${v.length})`);
        }
        else if (opts.max !== undefined && v.length > opts.max) {
            fail(w, at, rule, `takes at most ${opts.max} ${opts.what ?? 'entries'} (has ${v.length})`);
        }
        return v.map((x, i) => of(x, child(at, i), w));
    };
}
function dict(of) {
    return (v, at, w) => {
        if (!isPyObject(v)) {
            fail(w, at, 'loader:field', `must be an object (got ${loader_model_describe(v)})`);
            return v;
        }
        const out = {};
        for (const [k, x] of Object.entries(v))
            setMember(out, k, of(x, child(at, k), w));
        return out;
    };
}
/** A fixed-size tuple of numbers of one of the given lengths (a bbox, a position). */
function numbers(lengths, of, rule, what) {
    return (v, at, w) => {
        if (!Array.isArray(v) || !lengths.includes(v.length)) {
            const got = Array.isArray(v) ? `${v.length} number(s)` : loader_model_describe(v);
            fail(w, at, rule, `${what} must be a list of ${lengths.join(' or ')} numbers (got ${got})`);
            return v;
        }
        return v.map((x, i) => of(x, child(at, i), w));
    };
}
/** The required members of each model (looked up once, not per document). */
const requiredKeys = new WeakMap();
function requiredOf(spec) {
    let keys = requiredKeys.get(spec);
    if (keys === undefined) {
        keys = Object.keys(spec.fields).filter((k) => spec.fields[k]?.required === true);
        requiredKeys.set(spec, keys);
    }
    return keys;
}
function model(spec) {
    return (v, at, w) => {
        if (!isPyObject(v)) {
            fail(w, at, 'loader:field', `must be an object (got ${loader_model_describe(v)})`);
            return v;
        }
        if (spec.pre !== undefined && !spec.pre(v, at, w))
            return v;
        const before = w.errors.length;
        const out = {};
        for (const key of Object.keys(v)) {
            const value = v[key];
            // own members only: a member named like an Object.prototype property (`constructor`) is not a field
            const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
            if (field === undefined) {
                if (spec.extra === 'allow')
                    setMember(out, key, value);
                else if (w.quiet !== true) {
                    const kept = Object.keys(spec.fields).join(', ');
                    w.changes.push({
                        pointer: ptr(child(at, key)),
                        rule: 'dropped',
                        message: `dropped: ${spec.name} keeps only ${kept}`,
                    });
                }
            }
            else if (value === null && field.nullable === true) {
                if (spec.dropIfNull?.includes(key)) {
                    if (w.quiet !== true)
                        w.changes.push({
                            pointer: ptr(child(at, key)),
                            rule: 'dropped',
                            message: 'a null member removed by the serializer',
                        });
                }
                else
                    out[key] = null;
            }
            else
                out[key] = field.v(value, child(at, key), w);
        }
        for (const key of requiredOf(spec)) {
            if (!(key in v))
                fail(w, child(at, key), requiredRule(key), `missing \`${key}\` (${spec.name} requires it)`);
        }
        if (spec.check !== undefined && w.errors.length === before)
            spec.check(out, at, w);
        return out;
    };
}
function requiredRule(key) {
    if (key === 'datetime')
        return 'loader:datetime';
    if (key === 'id')
        return 'loader:id';
    if (key === 'type')
        return 'loader:type';
    return 'loader:field';
}
// ---------------------------------------------------------------------------------------------
// geojson-pydantic geometries
// ---------------------------------------------------------------------------------------------
const coordinate = loader_model_float();
const position = numbers([2, 3], coordinate, 'loader:geometry', 'a position');
const bboxTuple = numbers([4, 6], loader_model_float(), 'loader:bbox', 'bbox');
/** geojson-pydantic's bbox check on a geometry: min y <= max y, min z <= max z. */
function geometryBbox(v, at, w) {
    const out = bboxTuple(v, at, w);
    if (Array.isArray(out) && out.every((x) => typeof x === 'number')) {
        const b = out;
        const o = b.length / 2;
        if (b[1] > b[1 + o])
            fail(w, at, 'loader:bbox', 'bbox min y is greater than max y');
        if (o > 2 && b[2] > b[2 + o])
            fail(w, at, 'loader:bbox', 'bbox min z is greater than max z');
    }
    return out;
}
const positions = (min, what = 'positions') => list(position, { ...(min === undefined ? {} : { min }), rule: 'loader:geometry', what });
function closedRings(rings, at, w) {
    if (!Array.isArray(rings))
        return;
    rings.forEach((ring, i) => {
        if (!Array.isArray(ring) || ring.length === 0)
            return;
        if (!pyEqual(ring[0] ?? null, ring[ring.length - 1] ?? null)) {
            fail(w, child(at, i), 'loader:geometry', 'linear ring is not closed: its last position must equal its first; repeat the first position at the end');
        }
    });
}
function geometryModel(type, coords, check) {
    const spec = {
        name: type,
        extra: 'ignore',
        fields: { bbox: { v: geometryBbox, nullable: true }, type: { v: literal(type), required: true } },
        dropIfNull: ['bbox'],
    };
    if (type === 'GeometryCollection')
        spec.fields['geometries'] = { v: coords, required: true };
    else
        spec.fields['coordinates'] = { v: coords, required: true };
    if (check)
        spec.check = check;
    return spec;
}
const ring = positions(4, 'positions in a linear ring');
const line = positions(2, 'positions in a LineString');
const GEOMETRY_MODELS = {
    Point: geometryModel('Point', position),
    MultiPoint: geometryModel('MultiPoint', positions()),
    LineString: geometryModel('LineString', line),
    MultiLineString: geometryModel('MultiLineString', list(line, { rule: 'loader:geometry' })),
    Polygon: geometryModel('Polygon', list(ring, { rule: 'loader:geometry' }), (out, at, w) => closedRings(out['coordinates'] ?? null, child(at, 'coordinates'), w)),
    MultiPolygon: geometryModel('MultiPolygon', list(list(ring, { rule: 'loader:geometry' }), { rule: 'loader:geometry' }), (out, at, w) => {
        const polygons = out['coordinates'];
        if (Array.isArray(polygons))
            polygons.forEach((p, i) => closedRings(p, child(child(at, 'coordinates'), i), w));
    }),
    GeometryCollection: geometryModel('GeometryCollection', list(geometry, { rule: 'loader:geometry' }), (out, at, w) => {
        const parts = out['geometries'];
        if (Array.isArray(parts) && new Set(parts.map(hasZ)).size === 2) {
            fail(w, child(at, 'geometries'), 'loader:geometry', 'a GeometryCollection cannot mix 2D and 3D geometries');
        }
    }),
};
/** Whether any position of a geometry has a third number. */
function hasZ(g) {
    if (!isPyObject(g))
        return false;
    if (Array.isArray(g['geometries']))
        return g['geometries'].some(hasZ);
    const deep = (c) => Array.isArray(c) && (c.length === 3 && !Array.isArray(c[0]) ? true : c.some((x) => Array.isArray(x) && deep(x)));
    return deep(g['coordinates'] ?? null);
}
/** The discriminated union on `type`. */
function geometry(v, at, w) {
    if (!isPyObject(v)) {
        fail(w, at, 'loader:geometry', `geometry must be a GeoJSON geometry object (got ${loader_model_describe(v)})`);
        return v;
    }
    const spec = typeof v['type'] === 'string' && Object.hasOwn(GEOMETRY_MODELS, v['type']) ? GEOMETRY_MODELS[v['type']] : undefined;
    if (spec === undefined) {
        const kinds = Object.keys(GEOMETRY_MODELS).join(', ');
        fail(w, child(at, 'type'), 'loader:geometry', `geometry type ${loader_model_describe(v['type'] ?? null)} is not one of ${kinds}`);
        return v;
    }
    return model(spec)(v, at, w);
}
// ---------------------------------------------------------------------------------------------
// stac-pydantic models
// ---------------------------------------------------------------------------------------------
const SEMVER_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
/** stac-pydantic's `SEMVER_REGEX` (stac_version). */
const SEMVER = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${SEMVER_ID}(?:\\.${SEMVER_ID})*))?` +
    '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$');
const optStr = { v: str(), nullable: true };
const strList = { v: list(str()), nullable: true };
const dt = { v: datetime, nullable: true };
const PROVIDER = {
    name: 'Provider',
    extra: 'ignore',
    fields: { name: { v: str({ minLength: 1 }), required: true }, description: optStr, roles: strList, url: optStr },
};
const LINK = {
    name: 'Link',
    extra: 'allow',
    fields: {
        href: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
        rel: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
        type: optStr,
        title: optStr,
    },
};
const ASSET = {
    name: 'Asset',
    extra: 'allow',
    fields: {
        href: { v: str({ minLength: 1, rule: 'loader:asset' }), required: true },
        type: optStr,
        title: optStr,
        description: optStr,
        roles: strList,
    },
};
const stacExtensions = { v: list(url, { rule: 'loader:extension-url' }), nullable: true };
const links = { v: list(model(LINK), { rule: 'loader:link' }), required: true };
const stacVersion = { v: str({ pattern: SEMVER, rule: 'loader:stac-version' }) };
const ITEM_PROPERTIES = {
    name: 'ItemProperties',
    extra: 'allow',
    fields: {
        title: optStr,
        description: optStr,
        datetime: { v: datetime, nullable: true, required: true },
        created: dt,
        updated: dt,
        start_datetime: dt,
        end_datetime: dt,
        license: optStr,
        providers: { v: list(model(PROVIDER)), nullable: true },
        platform: optStr,
        instruments: strList,
        constellation: optStr,
        mission: optStr,
        gsd: { v: loader_model_float({ gt: 0 }), nullable: true },
    },
    check: (out, at, w) => {
        // StacCommonMetadata.validate_datetime_or_start_end, then validate_start_end
        const start = out['start_datetime'] ?? null;
        const end = out['end_datetime'] ?? null;
        if (start === null && end === null) {
            if ((out['datetime'] ?? null) === null) {
                const msg = 'datetime is null, so both start_datetime and end_datetime are required';
                fail(w, child(at, 'datetime'), 'loader:datetime', msg);
            }
        }
        else if (start === null || end === null) {
            const [given, missing] = start === null ? ['end_datetime', 'start_datetime'] : ['start_datetime', 'end_datetime'];
            fail(w, child(at, missing), 'loader:datetime', `${given} is set without ${missing}; give both or neither`);
        }
    },
};
const ITEM = {
    name: 'Item',
    extra: 'ignore',
    fields: {
        bbox: { v: numbers([4, 6], loader_model_float(), 'loader:bbox', 'bbox'), nullable: true },
        type: { v: literal('Feature'), required: true },
        geometry: { v: geometry, required: true, nullable: true },
        properties: { v: model(ITEM_PROPERTIES), required: true },
        id: { v: str({ minLength: 1, rule: 'loader:id' }), required: true },
        stac_version: stacVersion,
        assets: { v: dict(model(ASSET)), required: true },
        links,
        stac_extensions: stacExtensions,
        collection: { v: str({ rule: 'loader:collection' }), nullable: true },
    },
    dropIfNull: ['bbox', 'id'],
    pre: (doc, at, w) => {
        // stac-pydantic `Item.validate_bbox`: `if values.get("geometry") and values.get("bbox") is None`
        const g = doc['geometry'];
        const truthy = isPyObject(g) ? Object.keys(g).length > 0 : Array.isArray(g) ? g.length > 0 : Boolean(g);
        if (!truthy || (doc['bbox'] ?? null) !== null)
            return true;
        fail(w, child(at, 'bbox'), 'loader:bbox', 'bbox is required when geometry is set; add the bounding box of the geometry');
        return false;
    },
};
const collectionBbox = numbers([4, 6], intOrFloat(false), 'loader:bbox', 'bbox');
const SPATIAL_EXTENT = {
    name: 'SpatialExtent',
    extra: 'ignore',
    fields: { bbox: { v: list(collectionBbox, { rule: 'loader:bbox' }), required: true } },
    check: (out, at, w) => checkBboxes(out['bbox'] ?? null, child(at, 'bbox'), w),
};
const TIME_INTERVAL = {
    name: 'TimeInterval',
    extra: 'ignore',
    fields: {
        interval: {
            v: list(list(nullableDatetime, { min: 2, max: 2, rule: 'loader:datetime', what: 'values (start, end)' }), {
                min: 1,
                rule: 'loader:datetime',
                what: 'interval',
            }),
            required: true,
        },
    },
    check: (out, at, w) => checkIntervals(out['interval'] ?? null, child(at, 'interval'), w),
};
function nullableDatetime(v, at, w) {
    return v === null ? null : datetime(v, at, w);
}
const EXTENT = {
    name: 'Extent',
    extra: 'ignore',
    fields: {
        spatial: { v: model(SPATIAL_EXTENT), required: true },
        temporal: { v: model(TIME_INTERVAL), required: true },
    },
};
const RANGE = {
    name: 'Range',
    extra: 'ignore',
    fields: { minimum: { v: intOrFloat(true), required: true }, maximum: { v: intOrFloat(true), required: true } },
};
/**
 * `Range | list[Any] | dict[str, Any]` in pydantic's smart mode: an object whose minimum and maximum are
 * numbers or strings is a Range.
 */
function summary(v, at, w) {
    if (Array.isArray(v))
        return v;
    if (isPyObject(v)) {
        const isRangeValue = (x) => typeof x === 'bigint' || typeof x === 'number' || typeof x === 'string';
        return isRangeValue(v['minimum']) && isRangeValue(v['maximum']) ? model(RANGE)(v, at, w) : v;
    }
    fail(w, at, 'loader:field', `a summary must be a list, a range object or a JSON Schema object (got ${loader_model_describe(v)})`);
    return v;
}
const COLLECTION = {
    name: 'Collection',
    extra: 'allow',
    fields: {
        id: { v: str({ minLength: 1, rule: 'loader:id' }), required: true },
        description: { v: str({ minLength: 1 }), required: true },
        stac_version: stacVersion,
        links,
        stac_extensions: stacExtensions,
        title: optStr,
        type: { v: literal('Collection'), required: true },
        assets: { v: dict(model(ASSET)), nullable: true },
        license: { v: str({ minLength: 1 }), required: true },
        extent: { v: model(EXTENT), required: true },
        keywords: strList,
        providers: { v: list(model(PROVIDER)), nullable: true },
        summaries: { v: dict(summary), nullable: true },
    },
};
/** stac-pydantic `validate_bbox` on one collection bbox, then containment of the later ones in the first. */
function checkBboxes(v, at, w) {
    if (!Array.isArray(v) || v.length === 0)
        return;
    const boxes = v.map((b) => (Array.isArray(b) ? b.map(Number) : []));
    boxes.forEach((b, i) => {
        const problem = bboxProblem(b);
        if (problem !== undefined)
            fail(w, child(at, i), 'loader:bbox', problem);
    });
    const [x0, y0, x1, y1] = corners(boxes[0] ?? []);
    const crossing = x0 > x1;
    boxes.slice(1).forEach((b, k) => {
        const [sx0, sy0, sx1, sy1] = corners(b);
        const subCrossing = sx0 > sx1;
        let inside = sy0 >= y0 && sy1 <= y1;
        if (inside && !crossing)
            inside = !subCrossing && sx0 >= x0 && sx1 <= x1;
        else if (inside && subCrossing)
            inside = sx0 > x0 && sx1 < x1;
        else if (inside)
            inside = !(sx0 >= 0 && sx0 < x0) && !(sx0 <= 0 && sx1 > x1);
        if (!inside)
            fail(w, child(at, k + 1), 'loader:bbox', 'bbox is not inside the first (overall) bbox');
    });
}
function corners(b) {
    const n = (i) => b[i] ?? 0;
    return b.length === 6 ? [n(0), n(1), n(3), n(4)] : [n(0), n(1), n(2), n(3)];
}
function bboxProblem(b) {
    if (b.length === 0)
        return undefined;
    if (b.length === 6 && (b[5] ?? 0) < (b[2] ?? 0))
        return 'bbox maximum elevation is below its minimum';
    const [x0, y0, x1, y1] = corners(b);
    if (x0 < -180 || y0 < -90 || x1 > 180 || y1 > 90)
        return 'bbox must be within (-180, -90, 180, 90)';
    if (x1 < x0 && (x1 > 0 || x0 < 0))
        return 'bbox max longitude is below its min longitude without crossing the antimeridian';
    if (y1 < y0)
        return 'bbox max latitude is below its min latitude';
    return undefined;
}
/** stac-pydantic `validate_time_interval`: start <= end, and every later interval inside the first. */
function checkIntervals(v, at, w) {
    if (!Array.isArray(v) || v.length === 0)
        return;
    // canonical datetimes sort as text once every one has six fraction digits
    const t = (x) => typeof x !== 'string' ? undefined : x.includes('.') ? x : x.replace('Z', '.000000Z');
    const [first, ...rest] = v.map((iv) => (Array.isArray(iv) ? [t(iv[0]), t(iv[1])] : [undefined, undefined]));
    const [start, end] = first ?? [];
    if (start && end && start > end)
        fail(w, child(at, 0), 'loader:datetime', 'interval start is after its end');
    rest.forEach(([s, e], k) => {
        const p = child(at, k + 1);
        if (s && e && s > e)
            fail(w, p, 'loader:datetime', 'interval start is after its end');
        else if (start && s && start > s)
            fail(w, p, 'loader:datetime', 'interval starts before the first (overall) interval');
        else if (end && e && e > end)
            fail(w, p, 'loader:datetime', 'interval ends after the first (overall) interval');
    });
}

;// CONCATENATED MODULE: ./src/compare/loads-plainly.ts
/**
 * A quick, conservative answer to "would the StacLoader take this item as it is?", for validation's common case:
 * an item of plain JSON (strings, safe integers, fractions; no number text kept, see src/json.ts) whose fields have
 * the forms the models accept without any conversion. True only when the full model (stored-form.ts
 * `loaderRefusals`) finds no refusal; false means "not known", and the full model decides. It reads the parsed
 * document where it is (no Python-form copy, nothing built), about a tenth of the model's cost.
 */



/** An object whose members are all its own, as JSON gives (the models see own members; a built one may inherit). */
function isObj(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
const nonEmpty = (v) => typeof v === 'string' && v.length > 0;
const optString = (v) => v === null || typeof v === 'string';
function optStrings(v) {
    if (v === null)
        return true;
    if (!Array.isArray(v))
        return false;
    for (const x of v)
        if (typeof x !== 'string')
            return false;
    return true;
}
/**
 * Whether `v` and everything inside it is plain: every number a fraction or a safe integer, as Python reads its
 * `JSON.stringify` text (an int within 64 bits, a float), and no container keeps number text.
 */
function plainValue(v) {
    if (typeof v === 'number')
        return Number.isSafeInteger(v) || !Number.isInteger(v);
    // a bigint (not from JSON text, but a document may be built) is an int the loader may not store
    if (typeof v !== 'object' || v === null)
        return typeof v !== 'bigint';
    if (hasNumberTexts(v))
        return false;
    if (Array.isArray(v)) {
        for (const x of v)
            if (!plainValue(x))
                return false;
        return true;
    }
    for (const k of Object.keys(v))
        if (!plainValue(v[k]))
            return false;
    return true;
}
/** `short` or `long` plain numbers (a position: 2 or 3, a bbox: 4 or 6). */
function loads_plainly_numbers(v, short, long) {
    if (!Array.isArray(v) || (v.length !== short && v.length !== long) || hasNumberTexts(v))
        return false;
    for (const x of v)
        if (typeof x !== 'number' || !plainValue(x))
            return false;
    return true;
}
const loads_plainly_position = (v) => loads_plainly_numbers(v, 2, 3);
const bboxNumbers = (v) => loads_plainly_numbers(v, 4, 6);
function loads_plainly_positions(v, min) {
    if (!Array.isArray(v) || v.length < min || hasNumberTexts(v))
        return false;
    for (const p of v)
        if (!loads_plainly_position(p))
            return false;
    return true;
}
/** A linear ring: four positions or more, the last equal to the first. */
function loads_plainly_ring(v) {
    if (!loads_plainly_positions(v, 4))
        return false;
    const first = v[0];
    const last = v[v.length - 1];
    if (first.length !== last.length)
        return false;
    for (let i = 0; i < first.length; i++)
        if (first[i] !== last[i])
            return false;
    return true;
}
function every(v, f) {
    if (!Array.isArray(v))
        return false;
    for (const x of v)
        if (!f(x))
            return false;
    return true;
}
const lines = (c) => loads_plainly_positions(c, 2);
const polygon = (c) => every(c, loads_plainly_ring);
const COORDINATES = {
    Point: loads_plainly_position,
    MultiPoint: (c) => loads_plainly_positions(c, 0),
    LineString: lines,
    MultiLineString: (c) => every(c, lines),
    Polygon: polygon,
    MultiPolygon: (c) => every(c, polygon),
};
/** A geojson-pydantic geometry other than a GeometryCollection, with its optional bbox in order. */
function loads_plainly_geometry(g) {
    if (!isObj(g) || typeof g['type'] !== 'string' || !Object.hasOwn(COORDINATES, g['type']))
        return false;
    if (!('coordinates' in g) || !COORDINATES[g['type']](g['coordinates']))
        return false;
    const bbox = g['bbox'];
    if (bbox === undefined || bbox === null)
        return true;
    if (!bboxNumbers(bbox))
        return false;
    const o = bbox.length / 2;
    return bbox[1] <= bbox[1 + o] && (o === 2 || bbox[2] <= bbox[2 + o]);
}
const loads_plainly_datetime = (v) => typeof v === 'string' && pydanticDatetime(v).ok;
const optDatetime = (v) => v === null || loads_plainly_datetime(v);
const PROPERTY_FIELDS = {
    title: optString,
    description: optString,
    license: optString,
    platform: optString,
    constellation: optString,
    mission: optString,
    instruments: optStrings,
    datetime: optDatetime,
    created: optDatetime,
    updated: optDatetime,
    start_datetime: optDatetime,
    end_datetime: optDatetime,
    gsd: (v) => v === null || (typeof v === 'number' && v > 0),
    providers: (v) => v === null || every(v, provider),
};
/** A provider: its name, and its other fields where given (the model drops the rest). */
function provider(p) {
    if (!isObj(p) || !nonEmpty(p['name']))
        return false;
    return ((!('description' in p) || optString(p['description'])) &&
        (!('url' in p) || optString(p['url'])) &&
        (!('roles' in p) || optStrings(p['roles'])));
}
/** Members checked by `fields` (present ones must pass), the others by `rest`. */
function members(o, fields, rest = plainValue) {
    for (const k of Object.keys(o)) {
        const check = Object.hasOwn(fields, k) ? fields[k] : rest;
        if (!check(o[k]))
            return false;
    }
    return true;
}
const NO_FIELDS = {};
function properties(p) {
    if (!isObj(p) || !members(p, PROPERTY_FIELDS) || !('datetime' in p))
        return false;
    const start = (p['start_datetime'] ?? null) !== null;
    const end = (p['end_datetime'] ?? null) !== null;
    return start === end && (start || p['datetime'] !== null);
}
const LINK_FIELDS = { href: nonEmpty, rel: nonEmpty, type: optString, title: optString };
const ASSET_FIELDS = { href: nonEmpty, type: optString, title: optString, description: optString, roles: optStrings };
const loads_plainly_link = (l) => isObj(l) && 'href' in l && 'rel' in l && members(l, LINK_FIELDS);
const asset = (a) => isObj(a) && 'href' in a && members(a, ASSET_FIELDS);
/** Extension URLs that parsed before (a bounded memo: a run names a handful). */
const goodUrls = new Set();
function extensionUrl(v) {
    if (typeof v !== 'string')
        return false;
    if (goodUrls.has(v))
        return true;
    try {
        new URL(v);
    }
    catch {
        return false;
    }
    if (goodUrls.size < 256)
        goodUrls.add(v);
    return true;
}
const ITEM_FIELDS = {
    type: (v) => v === 'Feature',
    id: nonEmpty,
    collection: nonEmpty,
    stac_version: (v) => typeof v === 'string' && SEMVER.test(v),
    bbox: bboxNumbers,
    geometry: loads_plainly_geometry,
    properties,
    assets: (v) => isObj(v) && !hasNumberTexts(v) && members(v, NO_FIELDS, asset),
    links: (v) => every(v, loads_plainly_link),
    stac_extensions: (v) => v === null || every(v, extensionUrl),
};
const REQUIRED = ['type', 'id', 'collection', 'bbox', 'geometry', 'properties', 'assets', 'links'];
/**
 * Whether the loader surely takes `doc` (a parsed item, its collection set as it is sent): no refusal from the
 * models, orjson or pgstac. Members the Item model drops are not looked at.
 */
function loadsPlainly(doc) {
    if (!isObj(doc) || hasNumberTexts(doc))
        return false;
    for (const k of REQUIRED)
        if (!(k in doc))
            return false;
    for (const k of Object.keys(doc)) {
        const check = Object.hasOwn(ITEM_FIELDS, k) ? ITEM_FIELDS[k] : undefined;
        if (check !== undefined && !check(doc[k]))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/compare/stored-form.ts
/**
 * What the catalog stores for a document we send, and every reason the StacLoader refuses it:
 * the whole path of twin/STORED_FORM.md, from the handler's `json.loads` through the stac-pydantic
 * models (loader-model.ts), orjson, pypgstac's dehydration and pgstac's hydration on read, to the
 * STAC API. One model serves `validate` (the refusals), `verify` / `plan` (the comparison) and
 * `predict` (the stored form and the changes).
 */




/** The Python int range orjson writes (beyond it the whole collection group of the batch fails). */
const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 64n - 1n;
/** The stored form of a parsed document (plain JSON with number text, see src/json.ts). */
function storedForm(doc, context = {}) {
    return storedFormOfPy(toPy(doc), context);
}
function storedFormOfPy(py, context = {}) {
    const w = { errors: [], changes: [] };
    const { kind, stored } = throughLoader(py, w, context);
    return { kind, stored, changes: outermost(w.changes), errors: w.errors };
}
/**
 * Why the loader refuses a parsed document: the `errors` of {@link storedForm}, in the same order, without
 * building the stored form past the models (orjson and pgstac refuse nothing else than wide integers and a
 * null geometry).
 */
function loaderRefusals(doc) {
    return loadsPlainly(doc) ? [] : refusalsByModel(doc);
}
/** {@link loaderRefusals} by the models alone. */
function refusalsByModel(doc) {
    const w = { errors: [], changes: [], quiet: true };
    const reading = { exactInts: false };
    const { kind, stored } = throughLoader(py_value_toPy(doc, reading), w, undefined);
    if (kind === 'other')
        return w.errors;
    // the models make no int: only one read from text (or beyond 2^53) can be too wide for orjson
    if (reading.exactInts)
        orjson(stored, undefined, w, false);
    const geometry = isPyObject(stored) ? stored['geometry'] : undefined;
    if (kind === 'item' && (geometry === null || (typeof geometry === 'number' && !Number.isFinite(geometry))))
        nullGeometry(w);
    return w.errors;
}
/** The loader's path for a document; with no `context`, only through the models. */
function throughLoader(py, w, context) {
    const type = isPyObject(py) ? py['type'] : undefined;
    if (!isPyObject(py) || (type !== 'Feature' && type !== 'Collection')) {
        w.errors.push({
            pointer: isPyObject(py) && type !== undefined ? '/type' : '',
            rule: 'loader:type',
            message: type === undefined
                ? 'missing `type`; the loader dispatches on it and fails without it ' +
                    '(use "Feature" for items, "Collection" for collections)'
                : `type ${stringifyJson(fromPy(type))} cannot be loaded; ` +
                    'the loader accepts only "Feature" (items) and "Collection" (collections)',
        });
        return { kind: 'other', stored: py };
    }
    const kind = type === 'Feature' ? 'item' : 'collection';
    let stored = model(kind === 'item' ? ITEM : COLLECTION)(py, undefined, w);
    if (kind === 'item')
        itemCollection(stored, w);
    if (context === undefined)
        return { kind, stored };
    stored = orjson(stored, undefined, w, true);
    if (kind === 'item' && isPyObject(stored))
        stored = pgstacItem(stored, context, w);
    return { kind, stored };
}
/** Changes inside a member that was dropped as a whole say nothing more: only the drop is kept. */
function outermost(changes) {
    const dropped = changes.filter((c) => c.rule === 'dropped').map((c) => `${c.pointer}/`);
    return changes.filter((c) => !dropped.some((d) => c.pointer.startsWith(d)));
}
/** The handler's own check after the model: `if not item.collection: raise KeyError(...)`. */
function itemCollection(item, w) {
    if (!isPyObject(item))
        return;
    const c = item['collection'];
    if (typeof c === 'string' && c !== '')
        return;
    w.errors.push({
        pointer: '/collection',
        rule: 'loader:collection',
        message: c === undefined
            ? 'item has no `collection`; the loader needs it to know where to write the item ' +
                '(set it, or give the source a `collection` in the manifest)'
            : 'collection must be a non-empty string',
    });
}
/**
 * orjson (pypgstac writes the dump with it): integers outside 64 bits fail; inf and nan become null.
 * Without `copy`, only the failures are found (the value is returned as it was).
 */
function orjson(v, at, w, copy) {
    if (typeof v === 'bigint') {
        if (v < INT_MIN || v > INT_MAX) {
            w.errors.push({
                pointer: ptr(at),
                rule: 'loader:integer-range',
                message: `the integer ${v.toString()} is outside the 64-bit range the loader can store (orjson: "Integer exceeds ` +
                    '64-bit range"; the whole collection group of the batch fails); ' +
                    `write it as a float (e.g. ${Number(v).toExponential()}) or a string`,
            });
        }
        return v;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
        w.changes.push({ pointer: ptr(at), rule: 'number', message: `${String(v)} is stored as null` });
        return null;
    }
    if (Array.isArray(v)) {
        if (copy)
            return v.map((x, i) => orjson(x, child(at, i), w, true));
        for (let i = 0; i < v.length; i++)
            orjson(v[i] ?? null, child(at, i), w, false);
    }
    else if (isPyObject(v)) {
        if (!copy)
            for (const k in v)
                orjson(v[k] ?? null, child(at, k), w, false);
        else {
            const out = {};
            for (const [k, x] of Object.entries(v))
                setMember(out, k, orjson(x, child(at, k), w, true));
            return out;
        }
    }
    return v;
}
function nullGeometry(w) {
    w.errors.push({
        pointer: '/geometry',
        rule: 'loader:null-geometry',
        message: 'geometry is null; pgstac stores items with a NOT NULL geometry, so the load fails ' +
            '(and takes the rest of the batch for this collection with it); give the item a geometry',
    });
}
/** pypgstac's row (geometry to PostGIS, content dehydrated) and pgstac's `content_hydrate` on read. */
function pgstacItem(item, context, w) {
    const out = { ...item };
    if (item['geometry'] === null)
        nullGeometry(w);
    else if (isPyObject(item['geometry']))
        out['geometry'] = postgisGeometry(item['geometry'], child(undefined, 'geometry'), w);
    if (isPyObject(context.itemAssets) && isPyObject(item['assets'])) {
        out['assets'] = roundTrip(context.itemAssets, item['assets'], child(undefined, 'assets'), w);
    }
    return stripNullMembers(out, undefined, w);
}
/** PostGIS rebuilds the geometry from WKB: its `bbox` (and anything but type and coordinates) is gone. */
function postgisGeometry(g, at, w) {
    const out = {};
    for (const [k, v] of Object.entries(g)) {
        if (k === 'type' || k === 'coordinates')
            out[k] = v;
        else if (k === 'geometries' && Array.isArray(v)) {
            out[k] = v.map((x, i) => (isPyObject(x) ? postgisGeometry(x, child(child(at, 'geometries'), i), w) : x));
        }
        else {
            w.changes.push({
                pointer: ptr(child(at, k)),
                rule: 'dropped',
                message: 'dropped: PostGIS rebuilds the geometry',
            });
        }
    }
    return out;
}
const DO_NOT_MERGE = Symbol('do not merge');
/**
 * pypgstac `dehydrate(base, item)` followed by pgstac `merge_jsonb(stored, base)`: members equal to the
 * base's by Python `==` (`1.0 == 1`, `True == 1`), `null` and `[]` come back as the base's value.
 */
function roundTrip(base, item, at, w) {
    const out = {};
    for (const [key, value] of Object.entries(item)) {
        const p = child(at, key);
        if (!Object.hasOwn(base, key))
            setMember(out, key, value);
        else {
            const b = base[key] ?? null;
            const merged = roundTripValue(b, value, p, w);
            if (merged !== DO_NOT_MERGE)
                setMember(out, key, merged);
        }
    }
    return out;
}
function roundTripValue(b, value, at, w) {
    const fromBase = (why) => {
        const shown = stringifyJson(fromPy(b));
        const described = shown.length > 60 ? '(an object)' : shown;
        const message = `stored as the collection's item_assets value ${described} (${why})`;
        if (b !== value)
            w.changes.push({ pointer: ptr(at), rule: 'item_assets', message });
        return b;
    };
    if (pyEqual(b, value))
        return typeof b === typeof value && !isPyObject(b) && !Array.isArray(b) ? value : fromBase('equal by Python ==');
    if (Array.isArray(b) && Array.isArray(value)) {
        if (b.length !== value.length)
            return value;
        return value.map((v, i) => {
            const bv = b[i] ?? null;
            if (isPyObject(bv) && isPyObject(v))
                return roundTrip(bv, v, child(at, i), w);
            return v === null ? bv : v;
        });
    }
    if (value === null || (Array.isArray(value) && value.length === 0))
        return fromBase('an empty value is not stored');
    if (isPyObject(value) && isPyObject(b))
        return roundTrip(b, value, at, w);
    return value;
}
/** pgstac's `jsonb_strip_nulls` on the hydrated item: null object members are removed at any depth. */
function stripNullMembers(v, at, w) {
    if (Array.isArray(v))
        return v.map((x, i) => stripNullMembers(x, child(at, i), w));
    if (!isPyObject(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (x === null)
            w.changes.push({
                pointer: ptr(child(at, k)),
                rule: 'dropped',
                message: 'null member removed (pgstac drops nulls from items)',
            });
        else
            setMember(out, k, stripNullMembers(x, child(at, k), w));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stages/validate/pointer.ts
/** Builds an RFC 6901 JSON pointer from path segments (`~` and `/` escaped). */
function jsonPointer(...segments) {
    return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
/** Orders pointers by their segments, numbers numerically (`/a/2` before `/a/10`). */
function comparePointers(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x) ? Number(x) : NaN;
        const ny = /^\d+$/.test(y) ? Number(y) : NaN;
        if (!Number.isNaN(nx) && !Number.isNaN(ny))
            return nx - ny;
        return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
}

;// CONCATENATED MODULE: ./src/stages/validate/loader-rules.ts






/**
 * What the real StacLoader (eoapi-cdk, stac-pydantic, pypgstac, pgstac) would refuse, checked before
 * anything is published. The refusals come from the one model of the loader, src/compare/stored-form.ts
 * (what the catalog stores and why a document cannot be stored); the checks here are the ones around it:
 * the SNS size limit, the handler's S3-event routing, the placeholder SQL, and fields the loader drops.
 */
/** SNS's message size limit; the loader gets one STAC document per message. */
const SNS_MAX_BYTES = 262_144;
/** The loader treats any message containing this text as an S3 event notification. */
const S3_EVENT_MARKER = 'aws:s3';
/** A raw finding at the place its document came from. */
function locateFinding(f, origin) {
    return { severity: f.severity, rule: f.rule, message: f.message, location: originToLocation(origin, f.pointer) };
}
function checkLoaderRules(doc, origin, options = {}) {
    return loaderRuleProblems(doc, options).map((f) => locateFinding(f, origin));
}
/** The loader rules' findings for one document, with pointers inside it (no origin needed: worker threads run this). */
function loaderRuleProblems(doc, options = {}) {
    const { findings, add } = collector();
    const isItem = doc['type'] === 'Feature';
    for (const e of loaderRefusals(sentForm(doc, options)))
        add('error', e.rule, e.pointer, e.message);
    if (isItem)
        checkItem(doc, options, add);
    if (!settledByText(options))
        checkMessage(doc, add);
    return findings;
}
/**
 * {@link loaderRuleProblems} of a document read by `JSON.parse` alone (its numbers' text lost, see
 * parseUnitQuickly), when that is enough to know them: the loader surely takes the document as it is
 * (loadsPlainly) and its text settles the message checks. Undefined when the exact parse must decide.
 */
function quickLoaderRuleProblems(doc, options) {
    if (!settledByText(options) || !loadsPlainly(sentForm(doc, options)))
        return undefined;
    const { findings, add } = collector();
    if (doc['type'] === 'Feature')
        checkItem(doc, options, add);
    return findings;
}
function collector() {
    const findings = [];
    const add = (severity, rule, pointer, message) => {
        findings.push({ severity, rule, message, pointer });
    };
    return { findings, add };
}
/** The document as it is sent: an item with the source's collection. */
function sentForm(doc, options) {
    return doc['type'] === 'Feature' && options.overrideCollection !== undefined
        ? withMembers(doc, { collection: options.overrideCollection })
        : doc;
}
/** Room for what `withCollection` adds to a document: `"collection"` and a `rel: collection` link. */
const OVERRIDE_ROOM = 256;
/**
 * Whether the document's source text shows it within the SNS limit and free of "aws:s3" however it is
 * serialized: `stringifyJson` of a parsed text is never longer than the text (no whitespace, escapes no longer
 * than the text's, numbers as written), and without a backslash every string is written as the text has it.
 * Not a text with a lone surrogate: it is written escaped (`\ud800`, 6 bytes where the text's UTF-8 has 3).
 */
function settledByText(options) {
    const { sourceText: text, overrideCollection: collection } = options;
    if (text === undefined || text.length > SNS_MAX_BYTES || text.includes('\\') || text.includes(S3_EVENT_MARKER))
        return false;
    if (!text.isWellFormed())
        return false;
    let room = SNS_MAX_BYTES;
    if (collection !== undefined) {
        if (collection.includes(S3_EVENT_MARKER))
            return false;
        room -= OVERRIDE_ROOM + 6 * collection.length;
    }
    // at most 3 UTF-8 bytes per UTF-16 code unit
    return text.length * 3 <= room || Buffer.byteLength(text, 'utf8') <= room;
}
/** The SNS message limit and the loader's S3-event routing, on the document as it is sent. */
function checkMessage(doc, add) {
    const text = stringifyJson(doc);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > SNS_MAX_BYTES) {
        add('error', 'loader:size', '', `serialized JSON is ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024).toFixed(1)} ` +
            `KiB), over the SNS message limit of ${SNS_MAX_BYTES.toLocaleString('en-US')} bytes (256 ` +
            `KiB); make the document smaller (fewer/shorter assets, links or properties)`);
    }
    if (text.includes(S3_EVENT_MARKER)) {
        const places = findText(doc, S3_EVENT_MARKER);
        for (const { pointer, inKey } of places.length > 0 ? places : [{ pointer: '', inKey: false }]) {
            add('error', 'loader:aws-s3', pointer, `the ${inKey ? 'key' : 'value'} contains "${S3_EVENT_MARKER}"; the loader routes any ` +
                `message containing that text to its S3-event path and fails ("no S3 event records!"); reword or remove it`);
        }
    }
}
function checkItem(doc, options, add) {
    for (const key of Object.keys(doc)) {
        if (!Object.hasOwn(ITEM.fields, key)) {
            add('warning', 'loader:unknown-field', jsonPointer(key), `top-level field ${JSON.stringify(key)} is not part of a STAC Item; the loader drops it ` +
                `(move it into \`properties\` to keep it)`);
        }
    }
    const effective = options.overrideCollection ?? doc['collection'];
    if (typeof effective === 'string' && effective.includes("'")) {
        add('warning', 'loader:collection-quote', '/collection', `collection ${JSON.stringify(effective)} contains ' : with CREATE_COLLECTIONS_IF_MISSING set ` +
            `(as in MAAP) the loader puts the id into its SQL unquoted and the load fails for the whole ` +
            `collection group; use an id without '`);
    }
}
/** JSON pointers of every key or string value that contains `needle`. */
function findText(value, needle, at = []) {
    if (typeof value === 'string')
        return value.includes(needle) ? [{ pointer: jsonPointer(...at), inKey: false }] : [];
    const found = [];
    if (Array.isArray(value)) {
        value.forEach((v, i) => found.push(...findText(v, needle, [...at, i])));
    }
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            if (k.includes(needle))
                found.push({ pointer: jsonPointer(...at, k), inKey: true });
            found.push(...findText(v, needle, [...at, k]));
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/stages/validate/check-unit.ts



const check_unit_str = (v) => (typeof v === 'string' ? v : undefined);
/** `fast` answers true when the document passes every schema of its shape (false: not known to). */
function checkUnit(unit, fast, keepDoc) {
    const options = unit.collection === undefined ? {} : { overrideCollection: unit.collection };
    // the text is the document's only when the document was parsed from it here
    if (unit.doc === undefined && unit.text !== undefined)
        options.sourceText = unit.text;
    const read = readUnit(unit, options);
    if ('unreadable' in read)
        return { unreadable: read.unreadable, problems: [], fast: false };
    const { doc, problems } = read;
    const type = check_unit_str(doc['type']);
    const result = { problems, fast: fast(doc) };
    if (type !== undefined)
        result.type = type;
    const id = check_unit_str(doc['id']);
    if (id !== undefined)
        result.id = id;
    const collection = type === 'Collection' ? id : check_unit_str(doc['collection']);
    if (collection !== undefined)
        result.collection = collection;
    if (keepDoc)
        result.doc = doc;
    return result;
}
/**
 * The unit's document and its loader-rule findings: read by `JSON.parse` alone when those need no number's text
 * (the schemas never do), else by the exact parse; or why the text is not a document.
 */
function readUnit(unit, options) {
    const quick = parseUnitQuickly(unit);
    const problems = quick === undefined ? undefined : quickLoaderRuleProblems(quick, options);
    if (quick !== undefined && problems !== undefined)
        return { doc: quick, problems };
    let doc;
    try {
        doc = parseUnit(unit).doc;
    }
    catch (err) {
        if (!(err instanceof errors_ConfigurationError))
            throw err;
        return { unreadable: { message: err.message, location: err.location, ...(err.hint ? { hint: err.hint } : {}) } };
    }
    return { doc, problems: loaderRuleProblems(doc, options) };
}
/**
 * A unit's results as a worker thread sends them (the main thread, checking a batch itself, makes the same): a
 * document's result; a block's documents' results, with their lines (and text, when asked about again).
 */
function checkUnits(unit, fast) {
    if (unit.block === undefined)
        return [{ result: checkUnit(unit, fast, false) }];
    const out = [];
    for (const u of unitsOf(unit)) {
        const result = checkUnit(u, fast, false);
        const line = u.origin.line;
        if (result.fast && result.problems.length === 0)
            out.push(line, result.type, result.id, result.collection);
        else {
            const again = !result.fast && result.unreadable === undefined;
            out.push({ result, line, ...(again ? { text: u.text } : {}) });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/uri.js
var uri = __nccwpck_require__(285);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __nccwpck_require__(779);
;// CONCATENATED MODULE: ./node_modules/ajv/package.json
const package_namespaceObject = {"rE":"8.20.0"};
;// CONCATENATED MODULE: ./src/stages/validate/validator-runtime.ts





/**
 * What compiled validator code needs to run, and nothing of ajv's compiler: worker threads load only this
 * (and the code), so they start in a fraction of the time. The code is ajv's standalone output for schemas
 * stac-ingest resolved (compiled-code.ts), never read from the dataset repository.
 */
const AJV_VERSION = package_namespaceObject.rE;
const MODE_OPTIONS = {
    fast: { allErrors: false, verbose: false, inlineRefs: false },
    full: { allErrors: true, verbose: true },
};
/** Names what compiled code depends on: ajv's version, its options and the formats. */
function ajvFingerprint(mode, ajvVersion) {
    return `ajv ${ajvVersion} ${JSON.stringify(MODE_OPTIONS[mode])} strict:false formats:full+iri`;
}
// CommonJS modules seen through ESM: the function is `default` (or `default.default` under some interop)
const cjsDefault = (m) => {
    const d = m.default;
    return d?.default ?? d;
};
const RUNTIME = {
    'ajv/dist/runtime/equal': { default: cjsDefault(equal) },
    'ajv/dist/runtime/ucs2length': { default: cjsDefault(ucs2length) },
    'ajv/dist/runtime/uri': { default: cjsDefault(uri) },
    'ajv-formats/dist/formats': { fullFormats: { ...formats/* fullFormats */.U9, iri: true, 'iri-reference': true } },
};
function runtimeRequire(id) {
    const m = RUNTIME[id];
    if (m === undefined)
        throw new Error(`compiled validator code needs '${id}', which stac-ingest does not provide`);
    return m;
}
/** Evaluates standalone code: the validators it exports, by schema URL. */
function evaluateValidatorCode(code) {
    const module = { exports: {} };
    // the code is ajv's output for schemas stac-ingest resolved (see the module comment)
    const run = new Function('require', 'module', 'exports', code);
    run(runtimeRequire, module, module.exports);
    return module.exports;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/stages/validate/bundled.ts



/**
 * The `stac-schemas/` mirror shipped with stac-ingest (STAC core, the common extensions, PROJJSON,
 * GeoJSON, the JSON Schema meta-schemas), found by walking up from this module: works from src/
 * (tsx), dist/ (the Action, whose checkout has stac-schemas/ next to dist/) and dist/cli/ (the CLI).
 */
function bundledSchemaMirror(from = path.dirname(fileURLToPath(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 5; i++) {
        const candidate = path.join(dir, 'stac-schemas');
        if (existsSync(path.join(candidate, 'schemas.stacspec.org')))
            return candidate;
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/** The index of the precompiled validators: `<name>.json` (what they hold and in which file). */
const PRECOMPILED_NAME = 'stac-validators';
/**
 * The folder of validators precompiled from the bundled schemas at build time (`dist/validators`),
 * found by walking up from this module like the schemas: from dist/ and dist/cli/ (the bundles) and
 * from src/ (it then uses the committed build's, which it checks before use).
 */
function bundledValidatorsDir(from = path.dirname(fileURLToPath(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 5; i++) {
        for (const candidate of [path.join(dir, 'validators'), path.join(dir, 'dist', 'validators')])
            if (existsSync(path.join(candidate, `${PRECOMPILED_NAME}.json`)))
                return candidate;
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/stages/validate/precompiled.ts






/**
 * Fast validators compiled at build time (for the bundled schemas). One is used only when every
 * schema it was compiled from resolves, here and now, to the same content (a mirror may hold other
 * copies), and only for the same ajv version and options; otherwise the caller compiles.
 */
class PrecompiledValidators {
    dir;
    logger;
    meta;
    loaded = new Map();
    checked = new Map();
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    async get(url, resolve) {
        const meta = await (this.meta ??= this.readMeta());
        const entry = meta?.schemas[url];
        if (entry === undefined)
            return undefined;
        for (const [dep, hash] of Object.entries(entry.deps)) {
            let same = this.checked.get(dep);
            if (same === undefined) {
                same = resolve(dep).then((schema) => schemaHash(schema) === hash, () => false);
                this.checked.set(dep, same);
            }
            if (!(await same))
                return undefined;
        }
        return this.trusted(url);
    }
    /**
     * The validator of `url` without checking its schemas (a worker thread, told by the main thread,
     * which checked them). Undefined when there is none or its code does not load.
     */
    trusted(url) {
        let fn = this.loaded.get(url);
        if (fn === undefined) {
            fn = this.load(url);
            this.loaded.set(url, fn);
        }
        return fn;
    }
    async load(url) {
        const entry = (await (this.meta ??= this.readMeta()))?.schemas[url];
        if (entry === undefined)
            return undefined;
        try {
            return evaluateValidatorCode(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(this.dir, entry.file), 'utf8'))[url];
        }
        catch (err) {
            this.logger.debug(`precompiled validator of ${url} unusable: ${describeError(err)}`);
            return undefined;
        }
    }
    async readMeta() {
        try {
            const meta = JSON.parse(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(this.dir, `${PRECOMPILED_NAME}.json`), 'utf8'));
            if (meta.fingerprint === ajvFingerprint('fast', AJV_VERSION))
                return meta;
            this.logger.debug(`precompiled validators in ${this.dir} were made with ${meta.fingerprint}: not used`);
        }
        catch (err) {
            this.logger.debug(`no precompiled validators in ${this.dir}: ${describeError(err)}`);
        }
        return undefined;
    }
}
/** A short content hash of a resolved schema. */
function schemaHash(schema) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/stages/validate/shape.ts
/** The key of a document's schema set, or undefined for a shape not worth remembering. */
function shapeKey(doc) {
    const { type, stac_version: version, stac_extensions: extensions } = doc;
    if (typeof type !== 'string' || typeof version !== 'string')
        return undefined;
    if (extensions === undefined)
        return `${type}\n${version}`;
    if (!Array.isArray(extensions) || extensions.length > 64 || !extensions.every((e) => typeof e === 'string'))
        return undefined;
    return `${type}\n${version}\n${extensions.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/sources/block-memory.ts
/** Room in a reused memory for the carried start of a block's first line (longer carries get memory of their own). */
const CARRY_ROOM = (/* unused pure expression or super */ null && (256 << 10));
/** Memories kept for reuse (the blocks in flight between the reader and the validation threads come back). */
const block_memory_KEPT = 8;
const kept = (/* unused pure expression or super */ null && ([]));
/**
 * A buffer of `bytes` bytes (uninitialized) that nothing else views: a given-back memory when one is large enough,
 * else new memory (of the reusable size when `bytes` fits it, so that it can come back).
 */
function block_memory_blockMemory(bytes, chunkBytes) {
    const reusable = chunkBytes + CARRY_ROOM;
    if (bytes > reusable)
        return Buffer.allocUnsafeSlow(bytes);
    const last = kept.at(-1);
    const memory = last !== undefined && last.byteLength >= bytes ? kept.pop() : undefined;
    return Buffer.from(memory ?? Buffer.allocUnsafeSlow(reusable).buffer, 0, bytes);
}
/**
 * Gives back the memory of a consumed block for reuse: it moves to a new owner (every view of it here, the block's
 * bytes included, is left empty, as when a block moves to a worker thread).
 */
function giveBackBlockMemory(memory) {
    if (kept.length >= block_memory_KEPT || memory.byteLength === 0)
        return;
    kept.push(structuredClone(memory, { transfer: [memory] }));
}
/** The memory of the blocks among `units` (it moves between threads with them). */
function blockMemoryOf(units) {
    return units.flatMap((u) => (u.block ? [u.block.bytes.buffer] : []));
}

;// CONCATENATED MODULE: ./src/stages/validate/worker-main.ts
/**
 * A validation worker thread (started by threads.ts): parses documents and runs the checks that need
 * nothing but the document (check-unit.ts), with the fast validators the main thread hands it.
 */







const shapes = new Map();
const precompiled = new Map();
async function learn(shape) {
    const fns = [];
    for (const part of shape.parts) {
        let fn;
        if ('code' in part)
            fn = evaluateValidatorCode(part.code)[part.url];
        else {
            let set = precompiled.get(part.precompiledDir);
            if (set === undefined)
                precompiled.set(part.precompiledDir, (set = new PrecompiledValidators(part.precompiledDir, new RecordingLogger())));
            fn = await set.trusted(part.url);
        }
        if (fn === undefined)
            return; // this shape stays with the main thread
        fns.push(fn);
    }
    shapes.set(shape.key, fns);
}
function fast(doc) {
    const key = shapeKey(doc);
    const fns = key === undefined ? undefined : shapes.get(key);
    return fns !== undefined && fns.every((f) => f(doc) === true);
}
const port = external_node_worker_threads_namespaceObject.parentPort;
if (port === null)
    throw new Error('worker-main runs as a worker thread');
// messages are handled one at a time, in order (a shape is learnt before the batches that need it)
let queue = Promise.resolve();
port.on('message', (message) => {
    queue = queue.then(async () => {
        if (message.kind === 'shape')
            await learn(message.shape);
        else {
            const results = message.units.map((u) => checkUnits(u, fast));
            // the blocks' memory goes back to the main thread, to read later blocks into
            const memory = blockMemoryOf(message.units);
            port.postMessage({ seq: message.seq, results, memory }, memory);
        }
    });
});


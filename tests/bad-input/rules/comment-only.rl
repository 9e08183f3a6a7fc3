// 规则待补充
// notice t { }

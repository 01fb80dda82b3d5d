/**
 * Documents (申请材料的电子文件): files attached to an application's materials, their versions, pre-review (预审),
 * who may read them, the object store they live in, and their retention. docs/intake.md, "Documents".
 */
package org.onewindow.intake.documents;
